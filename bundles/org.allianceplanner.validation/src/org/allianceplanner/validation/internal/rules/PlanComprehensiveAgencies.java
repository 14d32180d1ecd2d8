package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.model.plan.ComprehensiveMechanism;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.validation.Rule;

/** PLAN-COMPREHENSIVE-AGENCIES: the comprehensive mechanism involves relevant agencies beyond the two Forces. */
public final class PlanComprehensiveAgencies extends ElementRule<ComprehensiveMechanism> {

	public PlanComprehensiveAgencies() {
		super(Rule.PLAN_COMPREHENSIVE_AGENCIES, ComprehensiveMechanism.class);
	}

	@Override
	protected void check(ComprehensiveMechanism m, RuleContext context) {
		if (m.getParticipants().stream().noneMatch(p -> p.isAgency())) {
			context.report(rule(), m, Literals.MECHANISM__PARTICIPANTS, "comprehensive mechanism " + Plans.label(m)
					+ " involves no relevant agency; it involves not only U.S. Forces and the Self-Defense Forces but "
					+ "also other relevant agencies of the respective Governments");
		}
	}
}
