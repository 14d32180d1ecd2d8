package org.allianceplanner.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.ui.internal.lsp.Positions;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;

/**
 * Semantic highlighting of declarations: the name that declares a plan element is shown bold, on
 * top of the token colours, using the symbols the server computed from the parsed model.
 */
final class DeclarationHighlighter implements ITextPresentationListener {

	private final ISourceViewer viewer;
	private List<IRegion> names = List.of();

	DeclarationHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
	}

	void update(List<DocumentSymbol> symbols) {
		List<IRegion> regions = new ArrayList<>();
		collect(viewer.getDocument(), symbols, regions);
		names = regions;
		// Only the visible lines are repainted now: a whole 5,000-line plan would take the UI thread
		// too long; other lines get the new names when they are next painted after an edit.
		if (viewer instanceof org.eclipse.jface.text.ITextViewerExtension2 extension
				&& viewer instanceof org.eclipse.jface.text.ITextViewerExtension5 mapping) {
			int top = viewer.getTopIndexStartOffset();
			int bottom = viewer.getBottomIndexEndOffset();
			if (bottom > top) {
				extension.invalidateTextPresentation(top, bottom - top);
			}
		} else {
			viewer.invalidateTextPresentation();
		}
	}

	private static void collect(IDocument document, List<DocumentSymbol> symbols, List<IRegion> out) {
		for (DocumentSymbol symbol : symbols) {
			out.add(Positions.toRegion(document, symbol.getSelectionRange()));
			if (symbol.getChildren() != null) {
				collect(document, symbol.getChildren(), out);
			}
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		for (IRegion name : names) {
			if (name.getLength() > 0 && name.getOffset() >= extent.getOffset()
					&& name.getOffset() + name.getLength() <= extent.getOffset() + extent.getLength()) {
				StyleRange bold = new StyleRange(name.getOffset(), name.getLength(), null, null, SWT.BOLD);
				presentation.mergeStyleRange(bold);
			}
		}
	}

	List<IRegion> names() {
		return names;
	}
}
