package org.allianceplanner.validation.internal.rules;

import java.util.List;

import org.allianceplanner.model.plan.Measure;
import org.allianceplanner.model.plan.Modality;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/** PREMISE-NO-OBLIGATION: a plan recommends legislative, budgetary or administrative measures, never obliges. */
public final class PremiseNoObligation extends ElementRule<Measure> {

	public PremiseNoObligation() {
		super(Rule.PREMISE_NO_OBLIGATION, Measure.class);
	}

	@Override
	protected void check(Measure m, RuleContext context) {
		if (m.getModality() == Modality.OBLIGES) {
			context.report(rule(), m, Literals.MEASURE__MODALITY, Plans.words(m.getKind()) + " measure "
					+ Plans.label(m) + " obliges the Government of " + government(m)
					+ "; programs under the Guidelines do not obligate either Government to take such measures: "
					+ "recommend it instead",
					new Fix(Fix.KIND_SET_VALUE, "Recommend the measure instead of obliging it",
							List.of("modality", Modality.RECOMMENDS.getLiteral())));
		}
	}

	private static String government(Measure m) {
		return switch (m.getGovernment()) {
		case JAPAN -> "Japan";
		case UNITED_STATES -> "the United States";
		};
	}
}
