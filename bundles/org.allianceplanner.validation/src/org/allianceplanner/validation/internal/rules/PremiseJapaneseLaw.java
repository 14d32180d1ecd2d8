package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.validation.Rule;

/** PREMISE-JAPANESE-LAW: a task with a Japanese party names the Japanese law it acts under. */
public final class PremiseJapaneseLaw extends ElementRule<Task> {

	public PremiseJapaneseLaw() {
		super(Rule.PREMISE_JAPANESE_LAW, Task.class);
	}

	@Override
	protected void check(Task task, RuleContext context) {
		if (Plans.hasJapaneseParty(task) && !LegalBases.cites(task, LegalBasisKind.JAPANESE_LAW)) {
			context.report(rule(), task, Literals.TASK__LEGAL_BASES, Plans.task(task)
					+ " is held by a Japanese party but names no Japanese law as its legal basis; all actions taken "
					+ "by Japan are consistent with its laws and regulations then in effect",
					LegalBases.citeFix(LegalBasisKind.JAPANESE_LAW, "Cite the Japanese law the task acts under"));
		}
	}
}
