package org.allianceplanner.diagram.glsp.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.allianceplanner.diagram.glsp.PlanTextException;
import org.allianceplanner.diagram.layout.ElementPosition;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.glsp.server.utils.MessageActionUtil;

import com.google.inject.Inject;

/**
 * Moved nodes: their positions are pinned in the layout file and the diagram is laid out again around them
 * (sizes come from the core, so a resize is not kept).
 */
public class ChangeBoundsHandler extends BasicOperationHandler<ChangeBoundsOperation> {

	@Inject
	private DiagramSource source;

	@Inject
	private LayoutFileEditor layoutFile;

	@Inject
	private ActionDispatcher dispatcher;

	@Override
	public Optional<Command> createCommand(ChangeBoundsOperation operation) {
		Map<String, ElementPosition> pinned = new LinkedHashMap<>();
		for (ElementAndBounds bounds : operation.getNewBounds()) {
			if (bounds.getNewPosition() != null && source.diagram().flatMap(d -> d.node(bounds.getElementId())).isPresent()) {
				pinned.put(bounds.getElementId(),
						ElementPosition.pinned(bounds.getNewPosition().getX(), bounds.getNewPosition().getY()));
			}
		}
		if (pinned.isEmpty()) {
			return doNothing();
		}
		try {
			layoutFile.pin(pinned);
			source.reload();
			return Optional.of(new PlanOperationHandler.Written("Move"));
		} catch (PlanTextException e) {
			dispatcher.dispatch(MessageActionUtil.error(e.getMessage()));
			return doNothing();
		}
	}
}
