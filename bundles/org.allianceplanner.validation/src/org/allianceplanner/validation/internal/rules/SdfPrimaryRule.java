package org.allianceplanner.validation.internal.rules;

import static org.allianceplanner.validation.internal.rules.Plans.label;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/**
 * The shape shared by the concept-of-operations rules of IV.2(2): for these operations in an armed attack the
 * Self-Defense Forces have primary responsibility and U.S. Forces support or supplement them.
 */
abstract class SdfPrimaryRule extends ElementRule<Task> {

	private final Set<TaskKind> kinds;
	private final String operations;
	private final RoleKind usRole;

	SdfPrimaryRule(Rule rule, String operations, RoleKind usRole, TaskKind first, TaskKind... rest) {
		super(rule, Task.class);
		this.kinds = EnumSet.of(first, rest);
		this.operations = operations;
		this.usRole = usRole;
	}

	@Override
	protected final void check(Task task, RuleContext context) {
		if (!kinds.contains(task.getKind()) || !task.isInArmedAttack()) {
			return;
		}
		for (Assignment a : task.getAssignments()) {
			if (a.getRole() == RoleKind.PRIMARY && Plans.isUnitedStates(a.getParty())) {
				context.report(rule(), a, Literals.ASSIGNMENT__ROLE, label(a.getParty())
						+ " holds primary responsibility in " + operations + " " + Plans.task(task)
						+ "; the Self-Defense Forces have primary responsibility and U.S. Forces "
						+ Plans.words(usRole) + " them",
						new Fix(Fix.KIND_SET_VALUE, "Change the role of " + label(a.getParty()) + " to "
								+ Plans.words(usRole), List.of("role", usRole.getLiteral())));
			}
		}
		if (!Plans.sdfPrimary(task)) {
			Assignment sdf = task.getAssignments().stream()
					.filter(a -> a.getParty() != null && a.getParty().isSelfDefenseForces()).findFirst().orElse(null);
			if (sdf != null) {
				context.report(rule(), sdf, Literals.ASSIGNMENT__ROLE, label(sdf.getParty()) + " has "
						+ Plans.words(sdf.getRole()) + " in " + operations + " " + Plans.task(task)
						+ "; the Self-Defense Forces have primary responsibility for it",
						new Fix(Fix.KIND_SET_VALUE, "Give " + label(sdf.getParty()) + " primary responsibility",
								List.of("role", RoleKind.PRIMARY.getLiteral())));
			} else {
				context.report(rule(), task, Literals.TASK__ASSIGNMENTS, operations + " " + Plans.task(task)
						+ " has no Self-Defense Forces party with primary responsibility",
						new Fix(Fix.KIND_ADD_ELEMENT, "Assign a Self-Defense Forces party with primary responsibility",
								List.of("assignments", "Assignment", "role=" + RoleKind.PRIMARY.getLiteral(),
										"party=SELF_DEFENSE_FORCES")));
			}
		}
		checkMore(task, context);
	}

	/** Extra checks of one rule (e.g. relevant agencies for guerrilla attacks). */
	protected void checkMore(Task task, RuleContext context) {
		// none by default
	}
}
