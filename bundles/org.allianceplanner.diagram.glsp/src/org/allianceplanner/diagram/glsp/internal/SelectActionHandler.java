package org.allianceplanner.diagram.glsp.internal;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.diagram.glsp.DiagramHost;
import org.allianceplanner.diagram.glsp.DiagramHost.SourceRange;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SelectAction;

import com.google.inject.Inject;

/** The diagram's selection, forwarded to the host as the texts of the selected elements. */
public class SelectActionHandler extends AbstractActionHandler<SelectAction> {

	@Inject
	private DiagramHost host;

	@Inject
	private SourceRanges ranges;

	@Override
	protected List<Action> executeAction(SelectAction action) {
		if (!action.isReceivedFromClient()) {
			return none(); // the server's own selection (from the text caret) goes to the client, not back
		}
		List<SourceRange> selection = new ArrayList<>();
		for (String id : action.getSelectedElementsIDs()) {
			ranges.of(id).ifPresent(selection::add);
		}
		host.selectionChanged(selection);
		return none();
	}
}
