package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Rule;

/**
 * SIASJ-REAR-AREA-LOCATION: rear area support is in Japanese territory, or on the high seas and in international
 * airspace around Japan, outside areas where combat operations are being conducted.
 */
public final class SiasjRearAreaLocation extends ElementRule<Task> {

	public SiasjRearAreaLocation() {
		super(Rule.SIASJ_REAR_AREA_LOCATION, Task.class);
	}

	@Override
	protected void check(Task task, RuleContext context) {
		if (task.getKind() != TaskKind.REAR_AREA_SUPPORT) {
			return;
		}
		for (Area area : task.getAreas()) {
			boolean allowedKind = area.isJapanOrItsSurroundings() || area.getKind() == AreaKind.HIGH_SEAS_AROUND_JAPAN
					|| area.getKind() == AreaKind.INTERNATIONAL_AIRSPACE_AROUND_JAPAN;
			if (!allowedKind) {
				context.report(rule(), task, Literals.TASK__AREAS, "rear area support " + Plans.task(task)
						+ " takes place in " + Plans.label(area) + " (" + Plans.words(area.getKind())
						+ "); rear area support is provided in Japanese territory, or on the high seas and in "
						+ "international airspace around Japan");
			} else if (area.isCombatOperations()) {
				context.report(rule(), task, Literals.TASK__AREAS, "rear area support " + Plans.task(task)
						+ " takes place in " + Plans.label(area) + ", where combat operations are being conducted; "
						+ "rear area support is distinguished from such areas");
			}
		}
	}
}
