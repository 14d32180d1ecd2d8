package org.allianceplanner.diagram.edit;

import java.util.List;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.allianceplanner.model.plan.Area;

import com.google.inject.Inject;

/** Edge tools between areas: {@code within} (the area lies inside another) and {@code near} (adjacent). */
public class CreateAreaRelation {

	@Inject
	private TextChanges changes;

	public PlanEdit within(Area area, Area container) {
		check(area, container);
		if (area.getWithin() != null) {
			throw new EditException(area.getName() + " is already within " + area.getWithin().getName()
					+ ": reconnect that edge instead");
		}
		return changes.record(area.getName() + " within " + container.getName(), List.of(area.eResource()),
				() -> area.setWithin(container));
	}

	public PlanEdit near(Area area, Area other) {
		check(area, other);
		if (area.getAdjacentTo().contains(other)) {
			throw new EditException(area.getName() + " is already near " + other.getName());
		}
		return changes.record(area.getName() + " near " + other.getName(), List.of(area.eResource()),
				() -> area.getAdjacentTo().add(other));
	}

	private static void check(Area area, Area other) {
		Elements.planResource(area, "area");
		if (other == null || other == area) {
			throw new EditException("An area is related to another area, not to itself");
		}
	}
}
