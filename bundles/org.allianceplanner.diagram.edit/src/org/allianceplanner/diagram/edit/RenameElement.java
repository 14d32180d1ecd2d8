package org.allianceplanner.diagram.edit;

import java.util.List;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.allianceplanner.model.plan.PlanElement;

import com.google.inject.Inject;

/**
 * Direct edit of a label that shows the name: a rename, as the language server's rename does it (the change
 * serializer writes the new name and every reference to it, in this file and in every other file of the
 * resource set that refers to the element).
 */
public class RenameElement {

	@Inject
	private TextChanges changes;

	public PlanEdit rename(PlanElement element, String newName) {
		Elements.planResource(element, "element");
		if (element.getName() == null) {
			throw new EditException("The " + element.eClass().getName() + " has no name to edit");
		}
		if (element.getName().equals(newName)) {
			return changes.record("Rename " + element.getName(), List.of(element.eResource()), () -> {
			});
		}
		String name = Elements.checkNewName(element, newName);
		return changes.recordRename("Rename " + element.getName() + " to " + name, List.of(element.eResource()),
				() -> element.setName(name));
	}
}
