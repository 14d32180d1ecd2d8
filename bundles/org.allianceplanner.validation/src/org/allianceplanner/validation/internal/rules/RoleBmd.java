package org.allianceplanner.validation.internal.rules;

import java.util.List;

import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.ContributionKind;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/** ROLE-BMD: ballistic missile response, both Forces cooperate; U.S. Forces provide intelligence. */
public final class RoleBmd extends ElementRule<Task> {

	public RoleBmd() {
		super(Rule.ROLE_BMD, Task.class);
	}

	@Override
	protected void check(Task task, RuleContext context) {
		if (task.getKind() != TaskKind.BALLISTIC_MISSILE_RESPONSE) {
			return;
		}
		var situations = Plans.situationsOf(task);
		if (!situations.contains(SituationKind.ARMED_ATTACK) && !situations.contains(SituationKind.ARMED_ATTACK_IMMINENT)) {
			return;
		}
		boolean sdf = Plans.hasSdfParty(task);
		boolean us = task.getAssignments().stream().anyMatch(a -> a.getParty() != null && a.getParty().isUSForces());
		if (!sdf || !us) {
			context.report(rule(), task, Literals.TASK__ASSIGNMENTS, "ballistic missile response " + Plans.task(task)
					+ " lacks " + (sdf ? "U.S. Forces" : us ? "the Self-Defense Forces" : "both Forces")
					+ "; U.S. Forces and the Self-Defense Forces cooperate and coordinate closely to respond");
		}
		for (Assignment a : task.getAssignments()) {
			if (a.getParty() != null && a.getParty().isUSForces()
					&& !a.getContributions().contains(ContributionKind.INTELLIGENCE)) {
				context.report(rule(), a, Literals.ASSIGNMENT__CONTRIBUTIONS, Plans.label(a.getParty())
						+ " does not contribute intelligence to ballistic missile response " + Plans.task(task)
						+ "; U.S. Forces provide Japan with necessary intelligence",
						new Fix(Fix.KIND_ADD_VALUES, "Add intelligence to the contributions of " + Plans.label(a.getParty()),
								List.of("contributions", ContributionKind.INTELLIGENCE.getLiteral())));
			}
		}
	}
}
