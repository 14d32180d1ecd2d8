package org.allianceplanner.diagram.glsp.internal;

import org.allianceplanner.diagram.edit.PlanEdit;
import org.eclipse.glsp.server.operations.ChangeContainerOperation;

/** A node dropped into another stage or area. */
public class ChangeContainerHandler extends PlanOperationHandler<ChangeContainerOperation> {

	@Override
	protected PlanEdit edit(ChangeContainerOperation operation) {
		return editor.move(operation.getElementId(), operation.getTargetContainerId());
	}
}
