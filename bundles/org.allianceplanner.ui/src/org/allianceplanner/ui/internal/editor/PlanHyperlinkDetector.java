package org.allianceplanner.ui.internal.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;

/**
 * Ctrl+click: any name or clause identifier under the mouse is a link; which element it leads to is
 * asked of the server only when the link is followed, so moving the mouse never waits.
 */
public class PlanHyperlinkDetector extends AbstractHyperlinkDetector {

	private final PlanEditor editor;

	public PlanHyperlinkDetector(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IRegion word = Navigation.referenceAt(viewer.getDocument(), region.getOffset());
		if (word == null || editor.connection() == null) {
			return null;
		}
		return new IHyperlink[] { new IHyperlink() {
			@Override
			public IRegion getHyperlinkRegion() {
				return word;
			}

			@Override
			public String getTypeLabel() {
				return null;
			}

			@Override
			public String getHyperlinkText() {
				return "Open Declaration";
			}

			@Override
			public void open() {
				Navigation.openDeclaration(editor, word.getOffset());
			}
		} };
	}
}
