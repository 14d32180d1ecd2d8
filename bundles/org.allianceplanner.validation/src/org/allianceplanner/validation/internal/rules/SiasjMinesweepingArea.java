package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Rule;

/** SIASJ-MINESWEEPING-AREA: SDF minesweeping is in Japanese territory or on the high seas around Japan. */
public final class SiasjMinesweepingArea extends ElementRule<Task> {

	public SiasjMinesweepingArea() {
		super(Rule.SIASJ_MINESWEEPING_AREA, Task.class);
	}

	@Override
	protected void check(Task task, RuleContext context) {
		if (task.getKind() != TaskKind.MINESWEEPING || !Plans.hasSdfParty(task)) {
			return;
		}
		for (Area area : task.getAreas()) {
			boolean allowed = area.getKind() == AreaKind.JAPANESE_TERRITORY || area.getKind() == AreaKind.SURROUNDING_WATERS
					|| area.getKind() == AreaKind.HIGH_SEAS_AROUND_JAPAN;
			if (!allowed) {
				context.report(rule(), task, Literals.TASK__AREAS, "Self-Defense Forces minesweeping " + Plans.task(task)
						+ " takes place in " + Plans.label(area) + " (" + Plans.words(area.getKind())
						+ "); the Self-Defense Forces sweep mines in Japanese territory and on the high seas around Japan");
			}
		}
	}
}
