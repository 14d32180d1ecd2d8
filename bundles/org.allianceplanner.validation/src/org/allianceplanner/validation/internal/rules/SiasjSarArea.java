package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Rule;

/**
 * SIASJ-SAR-AREA: Japan's search and rescue is in Japanese territory or at sea around Japan, outside combat
 * areas; U.S. search and rescue is in and near U.S. operational areas. A task with a Japanese party is held to
 * Japan's areas (plan U.S. search and rescue in operational areas as its own task).
 */
public final class SiasjSarArea extends ElementRule<Task> {

	public SiasjSarArea() {
		super(Rule.SIASJ_SAR_AREA, Task.class);
	}

	@Override
	protected void check(Task task, RuleContext context) {
		if (task.getKind() != TaskKind.SEARCH_AND_RESCUE || !task.isInSituationInAreasSurroundingJapan()) {
			return;
		}
		boolean japan = Plans.hasJapaneseParty(task);
		for (Area area : task.getAreas()) {
			if (japan && !japaneseSarArea(area)) {
				context.report(rule(), task, Literals.TASK__AREAS, "Japanese search and rescue " + Plans.task(task)
						+ " takes place in " + Plans.label(area) + describe(area) + "; Japan conducts search and rescue "
						+ "in Japanese territory and at sea around Japan, distinguished from areas where combat "
						+ "operations are being conducted");
			} else if (!japan && Plans.hasUSParty(task) && !usSarArea(area)) {
				context.report(rule(), task, Literals.TASK__AREAS, "U.S. search and rescue " + Plans.task(task)
						+ " takes place in " + Plans.label(area) + ", which is neither a U.S. operational area nor "
						+ "adjacent to one; the United States conducts search and rescue in and near its operational "
						+ "areas");
			}
		}
	}

	private static String describe(Area area) {
		return area.isCombatOperations() ? ", where combat operations are being conducted" : "";
	}

	static boolean japaneseSarArea(Area area) {
		if (area.isCombatOperations()) {
			return false;
		}
		return area.isJapanOrItsSurroundings() || area.getKind() == AreaKind.HIGH_SEAS_AROUND_JAPAN;
	}

	static boolean usSarArea(Area area) {
		if (isUsOperationalArea(area)) {
			return true;
		}
		for (Area near : area.getAdjacentTo()) {
			if (isUsOperationalArea(near)) {
				return true;
			}
		}
		return area.getWithin() != null && isUsOperationalArea(area.getWithin());
	}

	private static boolean isUsOperationalArea(Area area) {
		return area.getKind() == AreaKind.OPERATIONAL_AREA
				&& (area.getOperatingForces().isEmpty() || area.getOperatingForces().stream().anyMatch(Plans::isUnitedStates));
	}
}
