package org.allianceplanner.diagram.glsp.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.allianceplanner.diagram.glsp.PlanTextException;
import org.allianceplanner.diagram.layout.Bounds;
import org.allianceplanner.diagram.layout.ElementPosition;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.glsp.server.utils.MessageActionUtil;

import com.google.inject.Inject;

/**
 * Moved and resized nodes: their positions are pinned in the layout file, with the new size of a resized node,
 * and the diagram is laid out again around them. A move keeps the size a node was given before.
 */
public class ChangeBoundsHandler extends BasicOperationHandler<ChangeBoundsOperation> {

	/** A size that differs from the drawn one by less is the same size (GLSP sends the size with every move). */
	private static final double SAME_SIZE = 0.5;

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
			String id = bounds.getElementId();
			if (bounds.getNewPosition() != null && source.diagram().flatMap(d -> d.node(id)).isPresent()) {
				ElementPosition position = ElementPosition.pinned(bounds.getNewPosition().getX(),
						bounds.getNewPosition().getY());
				GDimension size = bounds.getNewSize();
				if (size != null && resized(id, size)) {
					position = position.withSize(size.getWidth(), size.getHeight());
				}
				pinned.put(id, position);
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

	/** Whether the client's size for the node is not the size drawn: a resize, not a move. */
	private boolean resized(String id, GDimension size) {
		Optional<Bounds> drawn = source.layout().flatMap(l -> l.node(id));
		return size.getWidth() > 0 && size.getHeight() > 0 && (drawn.isEmpty()
				|| Math.abs(drawn.get().width() - size.getWidth()) >= SAME_SIZE
				|| Math.abs(drawn.get().height() - size.getHeight()) >= SAME_SIZE);
	}
}
