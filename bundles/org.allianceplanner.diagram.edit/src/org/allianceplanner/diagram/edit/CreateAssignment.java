package org.allianceplanner.diagram.edit;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.allianceplanner.dsl.conversion.Phrases;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.Task;

import com.google.inject.Inject;

/** Edge tool "role": the party takes a role in the task ("JASDF primary responsibility"). */
public class CreateAssignment {

	@Inject
	private ElementTexts texts;

	public PlanEdit create(Party party, Task task, RoleKind role) {
		Elements.planResource(task, "task");
		if (party == null || role == null) {
			throw new EditException("A role assignment needs a party and a role");
		}
		Assignment assignment = PlanFactory.eINSTANCE.createAssignment();
		assignment.setParty(party);
		assignment.setRole(role);
		task.getAssignments().add(assignment);
		return texts.insert(assignment)
				.build("Assign " + party.getName() + " " + Phrases.of(role) + " in " + task.getName());
	}
}
