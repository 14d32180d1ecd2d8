package org.allianceplanner.model.edit;

import org.allianceplanner.model.edit.internal.spec.AssignmentItemProviderSpec;
import org.allianceplanner.model.plan.provider.PlanItemProviderAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;

/** The item providers of plans, with labels for elements that usually have no name of their own. */
public class PlanLabelsAdapterFactory extends PlanItemProviderAdapterFactory {

	@Override
	public Adapter createAssignmentAdapter() {
		if (assignmentItemProvider == null) {
			assignmentItemProvider = new AssignmentItemProviderSpec(this);
		}
		return assignmentItemProvider;
	}
}
