package org.allianceplanner.diagram.glsp.internal;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/** Draws the diagram again from the current texts and sends the update. */
public class RefreshActionHandler extends AbstractActionHandler<RefreshAction> {

	@Inject
	private DiagramSource source;

	@Inject
	private ModelSubmissionHandler submission;

	@Override
	protected List<Action> executeAction(RefreshAction action) {
		source.reload();
		return submission.submitModel("externalChange");
	}

}
