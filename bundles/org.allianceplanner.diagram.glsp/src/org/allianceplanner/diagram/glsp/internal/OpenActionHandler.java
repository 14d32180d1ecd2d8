package org.allianceplanner.diagram.glsp.internal;

import java.util.List;

import org.allianceplanner.diagram.glsp.DiagramHost;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;

import com.google.inject.Inject;

/** Double-click: the host shows the element's text. */
public class OpenActionHandler extends AbstractActionHandler<OpenAction> {

	@Inject
	private DiagramHost host;

	@Inject
	private SourceRanges ranges;

	@Override
	protected List<Action> executeAction(OpenAction action) {
		if (action.getElementId() != null) {
			ranges.of(action.getElementId()).ifPresent(host::reveal);
		}
		return none();
	}
}
