package org.allianceplanner.diagram.glsp.internal;

import java.util.List;

import org.allianceplanner.diagram.edit.PlanEdit;
import org.allianceplanner.diagram.description.viewpoint.ToolKind;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

/** A node tool of the palette: the element is written after its last sibling in the text. */
public class CreateNodeHandler extends PlanOperationHandler<CreateNodeOperation> implements CreateOperationHandler<CreateNodeOperation> {

	@Override
	public List<String> getHandledElementTypeIds() {
		return ToolNames.of(ToolKind.NODE_CREATION);
	}

	@Override
	public boolean handles(Operation operation) {
		return CreateOperationHandler.super.handles(operation);
	}

	@Override
	protected PlanEdit edit(CreateNodeOperation operation) {
		return editor.createNode(operation.getElementTypeId(), operation.getContainerId(), operation.getArgs());
	}
}
