package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.validation.Rule;

/** PREMISE-TREATY-UNCHANGED: facility provision, use and joint use cite the Security Treaty. */
public final class PremiseTreatyUnchanged extends ElementRule<Task> {

	public PremiseTreatyUnchanged() {
		super(Rule.PREMISE_TREATY_UNCHANGED, Task.class);
	}

	@Override
	protected void check(Task task, RuleContext context) {
		switch (task.getKind()) {
		case FACILITY_PROVISION, JOINT_USE, USE_OF_FACILITIES -> {
			if (!LegalBases.cites(task, LegalBasisKind.SECURITY_TREATY)) {
				context.report(rule(), task, Literals.TASK__LEGAL_BASES, Plans.words(task.getKind()) + " "
						+ Plans.task(task) + " does not cite the U.S.-Japan Security Treaty; facilities and areas are "
						+ "provided and jointly used in accordance with the Treaty and its related arrangements",
						LegalBases.citeFix(LegalBasisKind.SECURITY_TREATY, "Cite the U.S.-Japan Security Treaty"));
			}
		}
		default -> {
			// other tasks do not concern facilities
		}
		}
	}
}
