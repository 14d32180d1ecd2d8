package org.allianceplanner.validation.internal.rules;

import static org.allianceplanner.validation.internal.rules.Plans.label;

import java.util.List;

import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.Nationality;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/**
 * SIASJ-NEO-OWN-NATIONALS: each Government evacuates its own nationals (primary for its own, never for the
 * other's); evacuating third-country nationals is discretionary.
 */
public final class SiasjNeoOwnNationals extends ElementRule<Task> {

	public SiasjNeoOwnNationals() {
		super(Rule.SIASJ_NEO_OWN_NATIONALS, Task.class);
	}

	@Override
	protected void check(Task task, RuleContext context) {
		if (task.getKind() != TaskKind.NONCOMBATANT_EVACUATION) {
			return;
		}
		for (Assignment a : task.getAssignments()) {
			Government g = Plans.governmentOf(a.getParty());
			if (a.getRole() != RoleKind.PRIMARY || g == null) {
				continue;
			}
			Nationality other = g == Government.JAPAN ? Nationality.UNITED_STATES : Nationality.JAPANESE;
			Nationality own = g == Government.JAPAN ? Nationality.JAPANESE : Nationality.UNITED_STATES;
			if (task.getEvacuees().contains(other) && !task.getEvacuees().contains(own)) {
				context.report(rule(), a, Literals.ASSIGNMENT__ROLE, label(a.getParty())
						+ " holds primary responsibility for evacuating " + nationals(other) + " in " + Plans.task(task)
						+ "; each Government is responsible for evacuating its own nationals",
						new Fix(Fix.KIND_SET_VALUE, "Change the role to support",
								List.of("role", RoleKind.SUPPORT.getLiteral())));
			}
		}
		if (task.getEvacuees().contains(Nationality.THIRD_COUNTRY) && !task.isDiscretionary()) {
			context.report(rule(), task, Literals.TASK__DISCRETIONARY, "evacuation " + Plans.task(task)
					+ " includes third-country nationals but is not marked discretionary; evacuation assistance to "
					+ "third-country nationals is considered by each country on its own terms",
					new Fix(Fix.KIND_SET_VALUE, "Mark the evacuation discretionary", List.of("discretionary", "true")));
		}
	}

	private static String nationals(Nationality n) {
		return n == Nationality.JAPANESE ? "Japanese nationals" : "U.S. nationals";
	}
}
