package org.allianceplanner.validation.internal.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.ReadinessStandard;
import org.allianceplanner.model.plan.ReadinessStandardKind;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/** PLAN-STANDARDS-COMPLETE: each readiness stage sets standards for the four matters of VI.1(2). */
public final class PlanStandardsComplete extends ElementRule<ReadinessStage> {

	public PlanStandardsComplete() {
		super(Rule.PLAN_STANDARDS_COMPLETE, ReadinessStage.class);
	}

	@Override
	protected void check(ReadinessStage stage, RuleContext context) {
		Set<ReadinessStandardKind> missing = EnumSet.allOf(ReadinessStandardKind.class);
		for (ReadinessStandard s : stage.getStandards()) {
			missing.remove(s.getKind());
		}
		if (missing.isEmpty()) {
			return;
		}
		List<String> data = new ArrayList<>(List.of("standards", "ReadinessStandard"));
		List<String> words = new ArrayList<>();
		for (ReadinessStandardKind k : missing) {
			data.add("kind=" + k.getLiteral());
			words.add(Plans.words(k));
		}
		context.report(rule(), stage, Literals.READINESS_STAGE__STANDARDS, "readiness stage " + Plans.label(stage)
				+ " sets no standard for " + String.join(", ", words) + "; common standards address intelligence "
				+ "activities, unit activities, movements and logistics support in each readiness stage",
				new Fix(Fix.KIND_ADD_ELEMENT, "Add the missing standards", data));
	}
}
