package org.allianceplanner.validation.internal.rules;

import static org.allianceplanner.validation.internal.rules.Plans.label;

import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.validation.Rule;

/**
 * PREMISE-SIASJ-NONCOMBAT: in a situation in areas surrounding Japan the SDF take no part in combat operations.
 * A task that applies to an armed attack as well is judged by the armed-attack rules instead.
 */
public final class PremiseSiasjNonCombat extends ElementRule<Assignment> {

	public PremiseSiasjNonCombat() {
		super(Rule.PREMISE_SIASJ_NONCOMBAT, Assignment.class);
	}

	@Override
	protected void check(Assignment a, RuleContext context) {
		if (a.getParty() == null || !a.getParty().isSelfDefenseForces() || !(a.eContainer() instanceof Task task)) {
			return;
		}
		if (task.isCombatOperation() && task.isInSituationInAreasSurroundingJapan() && !task.isInArmedAttack()) {
			context.report(rule(), a, Literals.ASSIGNMENT__PARTY, label(a.getParty()) + " is assigned to "
					+ Plans.words(task.getKind()) + " " + Plans.task(task) + " in a situation in areas "
					+ "surrounding Japan; there the Self-Defense Forces do intelligence gathering, surveillance, "
					+ "minesweeping, search and rescue, evacuation, relief, ship inspection and rear area support, "
					+ "never combat operations");
		}
	}
}
