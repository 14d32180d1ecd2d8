package org.allianceplanner.validation.internal.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.CommonProcedure;
import org.allianceplanner.model.plan.CommonProcedureKind;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.wording.Wording;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/** PLAN-PROCEDURES-COMPLETE: a bilateral defense plan has the common procedures VI.1(3) lists. */
public final class PlanProceduresComplete extends ElementRule<BilateralDefensePlan> {

	static final Set<CommonProcedureKind> REQUIRED = EnumSet.of(CommonProcedureKind.COMMUNICATIONS,
			CommonProcedureKind.TARGET_INFORMATION, CommonProcedureKind.INTELLIGENCE_ACTIVITIES,
			CommonProcedureKind.LOGISTICS_SUPPORT, CommonProcedureKind.FRATRICIDE_PREVENTION,
			CommonProcedureKind.UNIT_OPERATIONS_CONTROL);

	public PlanProceduresComplete() {
		super(Rule.PLAN_PROCEDURES_COMPLETE, BilateralDefensePlan.class);
	}

	@Override
	protected void check(BilateralDefensePlan plan, RuleContext context) {
		Set<CommonProcedureKind> missing = EnumSet.copyOf(REQUIRED);
		for (CommonProcedure p : plan.getProcedures()) {
			missing.remove(p.getKind());
		}
		if (missing.isEmpty()) {
			return;
		}
		List<String> data = new ArrayList<>(List.of("procedures", "CommonProcedure"));
		List<String> words = new ArrayList<>();
		for (CommonProcedureKind k : missing) {
			data.add("kind=" + k.getLiteral());
			words.add(Plans.words(k));
		}
		context.report(rule(), plan, Literals.PLAN__PROCEDURES, Wording.kindOf(plan) + " " + Plans.label(plan)
				+ " has no common procedure for " + String.join(", ", words) + "; common procedures cover "
				+ "communications, transmission of target information, intelligence activities, logistics support, "
				+ "prevention of fratricide and criteria for controlling unit operations",
				new Fix(Fix.KIND_ADD_ELEMENT, "Add the missing procedure kinds", data));
	}
}
