package org.allianceplanner.diagram.edit;

import java.util.List;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.allianceplanner.model.plan.PlanElement;

import com.google.inject.Inject;

/** Direct edit of a label that shows the title: the title string changes, nothing else. */
public class EditTitle {

	@Inject
	private TextChanges changes;

	/** @param title the new title; empty or null removes it */
	public PlanEdit edit(PlanElement element, String title) {
		Elements.planResource(element, "element");
		String value = title == null || title.isEmpty() ? null : title;
		return changes.record("Retitle " + Elements.label(element), List.of(element.eResource()),
				() -> element.setTitle(value));
	}
}
