package org.allianceplanner.diagram.edit;

import java.util.List;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.PlanPackage;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.Task;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

import com.google.inject.Inject;

/**
 * A node dragged into another container: a task from one readiness stage to another ({@code during}) or
 * from one area to another ({@code in}), an area into another area ({@code within}).
 */
public class MoveElement {

	@Inject
	private TextChanges changes;

	@Inject
	private ElementTexts texts;

	/** The task is drawn in {@code from} (null: in no stage) and dropped into {@code to}. */
	public PlanEdit moveToStage(Task task, ReadinessStage from, ReadinessStage to) {
		Elements.planResource(task, "task");
		if (to == null || to.eContainer() != task.eContainer()) {
			throw new EditException("Drop " + task.getName() + " into a readiness stage of its own plan");
		}
		return replace(task, task.getStages(), from, to, "stage");
	}

	/** The task is drawn in area {@code from} (null: in no area) and dropped into {@code to}. */
	public PlanEdit moveToArea(Task task, Area from, Area to) {
		Elements.planResource(task, "task");
		if (to == null) {
			throw new EditException("Drop " + task.getName() + " into an area");
		}
		return replace(task, task.getAreas(), from, to, "area");
	}

	/** The area is dropped into {@code to}, or onto the top level of the diagram (null). */
	public PlanEdit moveToArea(Area area, Area to) {
		Elements.planResource(area, "area");
		for (Area a = to; a != null; a = a.getWithin()) {
			if (a == area) {
				throw new EditException("An area cannot lie within itself: " + area.getName() + " contains "
						+ to.getName());
			}
		}
		String label = "Move " + area.getName() + (to == null ? " to the top level" : " into " + to.getName());
		if (to == null) {
			if (area.getWithin() == null) {
				throw new EditException(area.getName() + " is already at the top level");
			}
			PlanEdit edit = texts.removeReference(area, PlanPackage.Literals.AREA__WITHIN).build(label);
			area.setWithin(null);
			return edit;
		}
		return changes.record(label, List.of(area.eResource()), () -> area.setWithin(to));
	}

	private <T extends EObject> PlanEdit replace(Task task, EList<T> values, T from, T to, String what) {
		if (from != null && !values.contains(from)) {
			throw new EditException(task.getName() + " is not in " + what + " " + Elements.label(from));
		}
		if (values.contains(to)) {
			throw new EditException(task.getName() + " is already in " + what + " " + Elements.label(to));
		}
		return changes.record("Move " + task.getName() + " into " + Elements.label(to),
				List.of(task.eResource()), () -> {
					if (from == null) {
						values.add(to);
					} else {
						values.set(values.indexOf(from), to);
					}
				});
	}
}
