package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Rule;

/**
 * ROLE-GUERRILLA: guerrilla-commando and unconventional attacks, SDF primary, coordinating closely with relevant
 * (non-military) agencies.
 */
public final class RoleGuerrilla extends SdfPrimaryRule {

	public RoleGuerrilla() {
		super(Rule.ROLE_GUERRILLA, "guerrilla-commando response", RoleKind.SUPPORT, TaskKind.GUERRILLA_RESPONSE);
	}

	@Override
	protected void checkMore(Task task, RuleContext context) {
		for (Assignment a : task.getAssignments()) {
			if (a.getParty() != null && a.getParty().isAgency()) {
				return;
			}
			for (Party p : a.getCoordinatesWith()) {
				if (p.isAgency()) {
					return;
				}
			}
		}
		context.report(rule(), task, Literals.TASK__ASSIGNMENTS, "guerrilla-commando response " + Plans.task(task)
				+ " involves no relevant agency; the Self-Defense Forces cooperate and coordinate closely with "
				+ "relevant agencies (assign one, or name one in coordinates with)");
	}
}
