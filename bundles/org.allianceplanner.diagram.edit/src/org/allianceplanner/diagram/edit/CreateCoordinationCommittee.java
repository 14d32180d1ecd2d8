package org.allianceplanner.diagram.edit;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.CoordinationCommittee;
import org.allianceplanner.model.plan.PlanFactory;

import com.google.inject.Inject;

/** Node tool "coordination committee" (VI.2): a committee of the bilateral coordination mechanism. */
public class CreateCoordinationCommittee {

	@Inject
	private ElementTexts texts;

	/** @param name the new committee's name, or null for a new one; @param title or null */
	public PlanEdit create(BilateralCoordinationMechanism mechanism, String name, String title) {
		Elements.planResource(mechanism, "coordination mechanism");
		CoordinationCommittee committee = PlanFactory.eINSTANCE.createCoordinationCommittee();
		committee.setName(Elements.nameOrNew(mechanism, name, "CoordinationCommittee"));
		committee.setTitle(title);
		mechanism.getCommittees().add(committee);
		return texts.insert(committee).build("Create coordination committee " + committee.getName());
	}
}
