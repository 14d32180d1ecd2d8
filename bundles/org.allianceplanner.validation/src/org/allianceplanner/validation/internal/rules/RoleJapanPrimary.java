package org.allianceplanner.validation.internal.rules;

import static org.allianceplanner.validation.internal.rules.Plans.label;

import java.util.List;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/**
 * ROLE-JAPAN-PRIMARY: in an armed attack Japan has primary responsibility and the United States supports. The
 * operations of IV.2(2) have their own role rules, and strike power, reinforcements, operations to restore the
 * peace and ballistic missile response are U.S. or shared roles; every other armed-attack task is judged here.
 */
public final class RoleJapanPrimary extends ElementRule<Assignment> {

	public RoleJapanPrimary() {
		super(Rule.ROLE_JAPAN_PRIMARY, Assignment.class);
	}

	@Override
	protected void check(Assignment a, RuleContext context) {
		if (a.getRole() != RoleKind.PRIMARY || !Plans.isUnitedStates(a.getParty())
				|| !(a.eContainer() instanceof Task task) || !task.isInArmedAttack()) {
			return;
		}
		// Combat operations and U.S. reinforcement are where U.S. Forces may lead; everywhere else Japan does.
		if (!task.isCombatOperation() && task.getKind() != TaskKind.REINFORCEMENT) {
			context.report(rule(), a, Literals.ASSIGNMENT__ROLE, label(a.getParty())
					+ " holds primary responsibility in " + Plans.task(task) + " during an armed attack against Japan; "
					+ "Japan has primary responsibility to repel it and the United States provides support",
					new Fix(Fix.KIND_SET_VALUE, "Change the U.S. role to support",
							List.of("role", RoleKind.SUPPORT.getLiteral())));
		}
	}
}
