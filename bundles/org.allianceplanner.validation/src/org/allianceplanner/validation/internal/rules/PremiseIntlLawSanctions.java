package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Rule;

/** PREMISE-INTL-LAW-SANCTIONS: ship inspection cites the UN Security Council resolution it rests on. */
public final class PremiseIntlLawSanctions extends ElementRule<Task> {

	public PremiseIntlLawSanctions() {
		super(Rule.PREMISE_INTL_LAW_SANCTIONS, Task.class);
	}

	@Override
	protected void check(Task task, RuleContext context) {
		if (task.getKind() != TaskKind.SHIP_INSPECTION) {
			return;
		}
		if (!LegalBases.cites(task, LegalBasisKind.UN_SECURITY_COUNCIL_RESOLUTION)) {
			context.report(rule(), task, Literals.TASK__LEGAL_BASES, "ship inspection " + Plans.task(task)
					+ " cites no United Nations Security Council resolution; inspection of ships for economic "
					+ "sanctions is based on one",
					LegalBases.citeFix(LegalBasisKind.UN_SECURITY_COUNCIL_RESOLUTION,
							"Cite the UN Security Council resolution"));
		} else if (!LegalBases.citesWithReference(task, LegalBasisKind.UN_SECURITY_COUNCIL_RESOLUTION)) {
			context.report(rule(), task, Literals.TASK__LEGAL_BASES, "ship inspection " + Plans.task(task)
					+ " cites a United Nations Security Council resolution without naming it; give its number as the "
					+ "reference");
		}
	}
}
