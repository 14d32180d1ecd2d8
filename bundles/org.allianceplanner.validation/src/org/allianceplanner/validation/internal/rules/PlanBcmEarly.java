package org.allianceplanner.validation.internal.rules;

import java.util.List;

import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/**
 * PLAN-BCM-EARLY: when an armed attack is imminent or a SIASJ anticipated, the plan starts the bilateral
 * coordination mechanism at that stage: some readiness stage of that situation activates it.
 */
public final class PlanBcmEarly extends ElementRule<Plan> {

	public PlanBcmEarly() {
		super(Rule.PLAN_BCM_EARLY, Plan.class);
	}

	@Override
	protected void check(Plan plan, RuleContext context) {
		for (SituationKind early : List.of(SituationKind.ARMED_ATTACK_IMMINENT, SituationKind.SIASJ_ANTICIPATED)) {
			List<ReadinessStage> stages = plan.getReadinessStages().stream().filter(s -> s.getSituation() == early).toList();
			boolean planned = plan.getSituations().contains(early) || !stages.isEmpty();
			if (!planned || stages.stream().anyMatch(PlanBcmEarly::startsBcm)) {
				continue;
			}
			String when = early == SituationKind.ARMED_ATTACK_IMMINENT ? "an armed attack is imminent"
					: "a situation in areas surrounding Japan is anticipated";
			BilateralCoordinationMechanism bcm = plan.getCoordinatedThrough();
			Fix fix = bcm == null || bcm.getName() == null ? null
					: new Fix(Fix.KIND_ADD_VALUES, "Start " + bcm.getName() + " at this stage", List.of("activates", bcm.getName()));
			if (stages.isEmpty()) {
				context.report(rule(), plan, Literals.PLAN__READINESS_STAGES, "plan " + Plans.label(plan)
						+ " applies when " + when + " but no readiness stage for it starts the bilateral coordination "
						+ "mechanism; the two Governments initiate its operation at an early stage");
			} else {
				context.report(rule(), stages.get(0), Literals.READINESS_STAGE__ACTIVATES, "readiness stage "
						+ Plans.label(stages.get(0)) + " (when " + when + ") does not start the bilateral coordination "
						+ "mechanism; the two Governments initiate its operation at an early stage", fix);
			}
		}
	}

	private static boolean startsBcm(ReadinessStage s) {
		return s.getActivates().stream().anyMatch(BilateralCoordinationMechanism.class::isInstance);
	}
}
