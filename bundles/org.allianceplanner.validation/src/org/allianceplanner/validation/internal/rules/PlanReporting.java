package org.allianceplanner.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.model.guidelines.BodyKind;
import org.allianceplanner.model.plan.Milestone;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/** PLAN-REPORTING: planning work reports progress at its milestones to the SCC and the SDC. */
public final class PlanReporting extends ElementRule<Plan> {

	public PlanReporting() {
		super(Rule.PLAN_REPORTING, Plan.class);
	}

	@Override
	protected void check(Plan plan, RuleContext context) {
		if (plan.getMilestones().isEmpty()) {
			context.report(rule(), plan, Literals.PLAN__MILESTONES, "plan " + Plans.label(plan)
					+ " has no milestone; progress and results are reported at significant milestones to the SCC and the SDC",
					new Fix(Fix.KIND_ADD_ELEMENT, "Add a milestone reporting to the SCC and the SDC",
							List.of("milestones", "Milestone", "reportsTo=SCC", "reportsTo=SDC")));
			return;
		}
		for (Milestone m : plan.getMilestones()) {
			List<String> missing = new ArrayList<>();
			for (BodyKind body : List.of(BodyKind.SCC, BodyKind.SDC)) {
				if (!m.getReportsTo().contains(body)) {
					missing.add(body.getLiteral());
				}
			}
			if (!missing.isEmpty()) {
				List<String> data = new ArrayList<>(List.of("reportsTo"));
				data.addAll(missing);
				context.report(rule(), m, Literals.MILESTONE__REPORTS_TO, "milestone " + Plans.label(m)
						+ " does not report to the " + String.join(" and the ", missing)
						+ "; progress is reported to the SCC and the SDC",
						new Fix(Fix.KIND_ADD_VALUES, "Report to the " + String.join(" and the ", missing), data));
			}
		}
	}
}
