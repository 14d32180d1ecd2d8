package org.allianceplanner.validation.internal.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.plan.Concurrence;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/** PLAN-READINESS-MUTUAL: a readiness stage is selected by mutual agreement; both Governments concur. */
public final class PlanReadinessMutual extends ElementRule<ReadinessStage> {

	public PlanReadinessMutual() {
		super(Rule.PLAN_READINESS_MUTUAL, ReadinessStage.class);
	}

	@Override
	protected void check(ReadinessStage stage, RuleContext context) {
		Set<Government> missing = EnumSet.allOf(Government.class);
		for (Concurrence c : stage.getConcurrences()) {
			missing.remove(c.getGovernment());
		}
		for (Government g : missing) {
			String who = g == Government.JAPAN ? "the Government of Japan" : "the Government of the United States";
			context.report(rule(), stage, Literals.READINESS_STAGE__CONCURRENCES, "readiness stage " + Plans.label(stage)
					+ " has no concurrence of " + who + "; a common readiness stage is selected by mutual agreement",
					new Fix(Fix.KIND_ADD_ELEMENT, "Record the concurrence of " + who,
							List.of("concurrences", "Concurrence", "government=" + g.getLiteral())));
		}
	}
}
