package org.allianceplanner.diagram.glsp.internal;

import org.allianceplanner.diagram.edit.PlanEdit;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;

/** An edge's end dragged to another element. */
public class ReconnectEdgeHandler extends PlanOperationHandler<ReconnectEdgeOperation> {

	@Override
	protected PlanEdit edit(ReconnectEdgeOperation operation) {
		return editor.reconnect(operation.getEdgeElementId(), operation.getSourceElementId(), operation.getTargetElementId());
	}
}
