package org.allianceplanner.validation.internal.rules;

import java.util.List;

import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.ContributionKind;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/**
 * ROLE-REINFORCEMENT-BASIS: where a plan brings U.S. reinforcements, Japan has a task to establish and maintain
 * the basis for them, in that plan or in a plan that can run with it.
 */
public final class RoleReinforcementBasis extends ElementRule<Plan> {

	public RoleReinforcementBasis() {
		super(Rule.ROLE_REINFORCEMENT_BASIS, Plan.class);
	}

	@Override
	protected void check(Plan plan, RuleContext context) {
		Task reinforcement = plan.getTasks().stream().filter(RoleReinforcementBasis::bringsReinforcements).findFirst()
				.orElse(null);
		if (reinforcement == null || hasBasis(plan) || plan.getConcurrentWith().stream().anyMatch(RoleReinforcementBasis::hasBasis)) {
			return;
		}
		context.report(rule(), plan, Literals.PLAN__TASKS, "plan " + Plans.label(plan) + " brings U.S. reinforcements ("
				+ Plans.task(reinforcement) + ") but has no Japanese task to establish and maintain the basis for them",
				new Fix(Fix.KIND_ADD_ELEMENT, "Add a Japanese reinforcement basis task",
						List.of("tasks", "Task", "kind=" + TaskKind.REINFORCEMENT_BASIS.getLiteral())));
	}

	private static boolean bringsReinforcements(Task t) {
		if (t.getKind() == TaskKind.REINFORCEMENT) {
			return true;
		}
		for (Assignment a : t.getAssignments()) {
			if (a.getContributions().contains(ContributionKind.REINFORCEMENTS) && Plans.isUnitedStates(a.getParty())) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasBasis(Plan plan) {
		return plan.getTasks().stream().anyMatch(t -> t.getKind() == TaskKind.REINFORCEMENT_BASIS && Plans.hasJapaneseParty(t));
	}
}
