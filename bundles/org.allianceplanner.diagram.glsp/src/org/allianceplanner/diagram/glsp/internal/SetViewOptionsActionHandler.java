package org.allianceplanner.diagram.glsp.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/** The user turned layers or filters on or off: interpret again, update, and tell the toolbar. */
public class SetViewOptionsActionHandler extends AbstractActionHandler<SetViewOptionsAction> {

	@Inject
	private DiagramSource source;

	@Inject
	private ModelSubmissionHandler submission;

	@Inject
	private ViewOptions viewOptions;

	@Override
	protected List<Action> executeAction(SetViewOptionsAction action) {
		source.viewOptions(new LinkedHashSet<>(action.getLayers()), new LinkedHashSet<>(action.getFilters()));
		source.reload();
		List<Action> result = new ArrayList<>(submission.submitModel("viewOptions"));
		result.add(viewOptions.current());
		return result;
	}
}
