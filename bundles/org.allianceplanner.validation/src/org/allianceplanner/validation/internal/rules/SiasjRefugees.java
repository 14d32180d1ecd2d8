package org.allianceplanner.validation.internal.rules;

import static org.allianceplanner.validation.internal.rules.Plans.label;

import java.util.List;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/** SIASJ-REFUGEES: for a flow of refugees into Japanese territory Japan is primary, the United States supports. */
public final class SiasjRefugees extends ElementRule<Task> {

	public SiasjRefugees() {
		super(Rule.SIASJ_REFUGEES, Task.class);
	}

	@Override
	protected void check(Task task, RuleContext context) {
		if (task.getKind() != TaskKind.REFUGEES
				|| task.getAreas().stream().noneMatch(a -> a.getKind() == AreaKind.JAPANESE_TERRITORY)) {
			return;
		}
		for (Assignment a : task.getAssignments()) {
			if (a.getRole() == RoleKind.PRIMARY && Plans.isUnitedStates(a.getParty())) {
				context.report(rule(), a, Literals.ASSIGNMENT__ROLE, label(a.getParty())
						+ " holds primary responsibility for the flow of refugees into Japanese territory in "
						+ Plans.task(task) + "; Japan decides how to respond and has primary responsibility, the "
						+ "United States provides support",
						new Fix(Fix.KIND_SET_VALUE, "Change the U.S. role to support",
								List.of("role", RoleKind.SUPPORT.getLiteral())));
			}
		}
		boolean japanPrimary = task.getAssignments().stream()
				.anyMatch(a -> a.getRole() == RoleKind.PRIMARY && Plans.isJapanese(a.getParty()));
		if (!japanPrimary) {
			context.report(rule(), task, Literals.TASK__ASSIGNMENTS, "refugee " + Plans.task(task)
					+ " deals with a flow into Japanese territory but no Japanese party has primary responsibility");
		}
	}
}
