package org.allianceplanner.diagram.glsp.internal;

import java.util.Optional;

import org.allianceplanner.diagram.edit.PlanEdit;
import org.allianceplanner.diagram.glsp.DiagramTypes;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.DeleteOperation;

/**
 * Deletes elements one after the other (each edit is computed on the text the one before it wrote); an element
 * gone with an earlier one (the roles of a deleted party) is skipped.
 */
public class DeleteHandler extends PlanOperationHandler<DeleteOperation> {

	@Override
	public Optional<Command> createCommand(DeleteOperation operation) {
		Optional<Command> result = doNothing();
		for (String id : operation.getElementIds()) {
			String elementId = id.endsWith(DiagramTypes.LABEL_SUFFIX) || id.endsWith(DiagramTypes.MARKER_SUFFIX)
					? id.substring(0, id.lastIndexOf('#')) : id;
			if (source.element(elementId).isEmpty()) {
				continue;
			}
			Optional<Command> one = super.createCommand(new DeleteOperation(java.util.List.of(elementId)));
			if (one.isEmpty()) {
				return result; // refused: the message is on its way; nothing after it is deleted
			}
			result = one;
		}
		return result;
	}

	@Override
	protected PlanEdit edit(DeleteOperation operation) {
		return editor.delete(operation.getElementIds().get(0));
	}

}
