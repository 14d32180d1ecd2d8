package org.allianceplanner.diagram.edit;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.LiaisonOfficer;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PlanFactory;

import com.google.inject.Inject;

/** Edge tool "liaison officer": an officer from one party to another, in the bilateral coordination mechanism. */
public class CreateLiaisonOfficer {

	@Inject
	private ElementTexts texts;

	/** @param name or null for a new one */
	public PlanEdit create(BilateralCoordinationMechanism mechanism, String name, Party from, Party to) {
		Elements.planResource(mechanism, "coordination mechanism");
		if (from == null || to == null) {
			throw new EditException("A liaison officer needs the party it comes from and the party it goes to");
		}
		LiaisonOfficer officer = PlanFactory.eINSTANCE.createLiaisonOfficer();
		officer.setName(Elements.nameOrNew(mechanism, name, from.getName() + "To" + to.getName() + "Liaison"));
		officer.setFrom(from);
		officer.setTo(to);
		mechanism.getLiaisonOfficers().add(officer);
		return texts.insert(officer).build("Create liaison officer " + officer.getName());
	}
}
