package org.allianceplanner.diagram.edit;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.inject.Inject;

/**
 * Deletes a node or an edge that is an element (a role assignment, a liaison officer). References to the
 * element go with it, in every file of the resource set, so that the plan still links; an element that cannot
 * exist without that reference (a role assignment of a deleted party) is deleted too. The element's lines are
 * removed from the text; the references to it are removed through the change serializer.
 */
public class DeleteElement {

	@Inject
	private TextChanges changes;

	@Inject
	private ElementTexts texts;

	public PlanEdit delete(EObject element) {
		Elements.planResource(element, "element");
		if (element.eContainer() == null) {
			throw new EditException("The file itself cannot be deleted from a diagram");
		}
		Elements.Removal removal = Elements.removal(element);
		removal.touched().forEach(r -> Elements.planResource(r.getContents().get(0), "file"));
		String label = "Delete " + Elements.label(element) + (removal.removed().size() > 1
				? " and " + (removal.removed().size() - 1) + " element(s) that refer to it"
				: "");
		PlanEdit.Builder edits = texts.remove(removal.removed());
		for (EStructuralFeature.Setting unset : removal.unsets()) {
			edits.addAll(texts.removeReference(unset.getEObject(), (EReference) unset.getEStructuralFeature()));
		}
		if (!removal.unlinks().isEmpty()) {
			edits.addAll(changes.collect(removal.touched(), () -> removal.unlinks().forEach(Runnable::run), false));
		}
		PlanEdit edit = edits.build(label);
		removal.unsets().forEach(EStructuralFeature.Setting::unset);
		removal.removed().forEach(EcoreUtil::remove);
		return edit;
	}
}
