package org.allianceplanner.diagram.glsp.internal;

import java.util.List;

import org.allianceplanner.diagram.edit.PlanEdit;
import org.allianceplanner.diagram.description.viewpoint.ToolKind;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

/** An edge tool of the palette: a role assignment, a sharing, a liaison officer, an area relation. */
public class CreateEdgeHandler extends PlanOperationHandler<CreateEdgeOperation> implements CreateOperationHandler<CreateEdgeOperation> {

	@Override
	public List<String> getHandledElementTypeIds() {
		return ToolNames.of(ToolKind.EDGE_CREATION);
	}

	@Override
	public boolean handles(Operation operation) {
		return CreateOperationHandler.super.handles(operation);
	}

	@Override
	protected PlanEdit edit(CreateEdgeOperation operation) {
		return editor.createEdge(operation.getElementTypeId(), operation.getSourceElementId(),
				operation.getTargetElementId(), operation.getArgs());
	}
}
