package org.allianceplanner.diagram.edit;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.allianceplanner.dsl.ide.edit.NewNames;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.PlanModel;

import com.google.inject.Inject;

/** Node tool "party": a party of the file, after its other parties. */
public class CreateParty {

	@Inject
	private ElementTexts texts;

	/** @param name the new party's name, or null for one made from its kind; @param title or null */
	public PlanEdit create(PlanModel model, String name, PartyKind kind, String title) {
		Elements.planResource(model, "plan file");
		Party party = PlanFactory.eINSTANCE.createParty();
		party.setName(Elements.nameOrNew(model, name, NewNames.of(kind)));
		party.setKind(kind);
		party.setTitle(title);
		model.getParties().add(party);
		return texts.insert(party).build("Create party " + party.getName());
	}
}
