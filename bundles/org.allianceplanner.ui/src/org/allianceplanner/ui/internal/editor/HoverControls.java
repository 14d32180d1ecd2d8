package org.allianceplanner.ui.internal.editor;

import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.text.AbstractReusableInformationControlCreator;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * The two faces of the plan editor's hover, as in Eclipse's Java editor: the hover itself, whose text keeps its
 * paragraphs and wraps at the hover's width (at most {@link #WIDTH_CHARS} characters, set by the viewer's hover manager) and ends after
 * a few lines with "Press 'F2' for focus"; and the focused hover (F2, or moving the mouse into the hover), which
 * shows the whole text in a resizable window that scrolls.
 */
public final class HoverControls {

	/** The widest a hover or the focused hover starts, in characters: lines wrap there. */
	public static final int WIDTH_CHARS = 100;

	/** The most lines the focused hover starts with; a longer text scrolls. */
	public static final int HEIGHT_LINES = 20;

	private HoverControls() {
	}

	/** The hover: wrapped text, with the F2 affordance, enriched into {@link #focused()} on demand. */
	public static IInformationControlCreator hover() {
		return new AbstractReusableInformationControlCreator() {
			@Override
			protected IInformationControl doCreateInformationControl(Shell parent) {
				return new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString(),
						new WrappingPresenter(true)) {
					@Override
					public IInformationControlCreator getInformationPresenterControlCreator() {
						return focused();
					}
				};
			}
		};
	}

	/** The focused hover: the whole text, wrapped, in a resizable window with scroll bars. */
	public static IInformationControlCreator focused() {
		return new AbstractReusableInformationControlCreator() {
			@Override
			protected IInformationControl doCreateInformationControl(Shell parent) {
				return new DefaultInformationControl(parent, new ToolBarManager(SWT.FLAT), new WrappingPresenter(false));
			}
		};
	}
}
