package org.allianceplanner.diagram.glsp.internal;

import org.allianceplanner.diagram.edit.PlanEdit;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;

/** Direct edit of a label: the title, or the name (a rename across files) when the description's tool says so. */
public class LabelEditHandler extends PlanOperationHandler<ApplyLabelEditOperation> {

	@Override
	protected PlanEdit edit(ApplyLabelEditOperation operation) {
		return editor.editLabel(operation.getLabelId(), operation.getText());
	}
}
