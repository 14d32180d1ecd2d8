package org.allianceplanner.validation.internal.rules;

import static org.allianceplanner.validation.internal.rules.Plans.isJapanese;
import static org.allianceplanner.validation.internal.rules.Plans.label;

import java.util.List;

import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.ContributionKind;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/** PREMISE-DEFENSIVE: a Japanese party never holds a strike task nor brings strike power. */
public final class PremiseDefensive extends ElementRule<Assignment> {

	public PremiseDefensive() {
		super(Rule.PREMISE_DEFENSIVE, Assignment.class);
	}

	@Override
	protected void check(Assignment a, RuleContext context) {
		if (!isJapanese(a.getParty()) || !(a.eContainer() instanceof Task task)) {
			return;
		}
		if (task.getKind() == TaskKind.STRIKE) {
			context.report(rule(), a, Literals.ASSIGNMENT__PARTY, label(a.getParty()) + " is a Japanese party in strike "
					+ Plans.task(task) + "; Japan's policy is exclusively defense-oriented: strike power is a U.S. Forces "
					+ "role that supplements the Self-Defense Forces");
		}
		if (a.getContributions().contains(ContributionKind.STRIKE_POWER)) {
			context.report(rule(), a, Literals.ASSIGNMENT__CONTRIBUTIONS, label(a.getParty())
					+ " is a Japanese party contributing strike power to " + Plans.task(task)
					+ "; only U.S. Forces bring strike power",
					new Fix(Fix.KIND_REMOVE_VALUE, "Remove strike power from the contributions of " + label(a.getParty()),
							List.of("contributions", ContributionKind.STRIKE_POWER.getLiteral())));
		}
	}
}
