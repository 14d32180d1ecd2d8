package org.allianceplanner.ui.internal.editor;

import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.information.IInformationProvider;
import org.eclipse.jface.text.information.IInformationProviderExtension2;

/**
 * What F2 (Show Tooltip Description) shows at the caret: the hover's text, in the focused hover that scrolls
 * ({@link HoverControls#focused()}).
 */
public class HoverInformationProvider implements IInformationProvider, IInformationProviderExtension2 {

	private final PlanTextHover hover;

	public HoverInformationProvider(PlanTextHover hover) {
		this.hover = hover;
	}

	@Override
	public IRegion getSubject(ITextViewer textViewer, int offset) {
		return hover.getHoverRegion(textViewer, offset);
	}

	@Override
	public String getInformation(ITextViewer textViewer, IRegion subject) {
		return hover.getHoverInfo(textViewer, subject);
	}

	@Override
	public IInformationControlCreator getInformationPresenterControlCreator() {
		return HoverControls.focused();
	}
}
