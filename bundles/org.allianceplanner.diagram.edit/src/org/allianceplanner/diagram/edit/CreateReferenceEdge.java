package org.allianceplanner.diagram.edit;

import java.util.List;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import com.google.inject.Inject;

/**
 * Edge tool for any {@link ReferenceEdge}: the target is added to the source's cross reference (a stage
 * {@code activates} a mechanism, a plan element {@code implements} a clause of the Guidelines), or set when the
 * reference holds one value and has none yet. A value joins the list the text already writes
 * ({@code , IV.2(1)c}); a first value is written through the change serializer, keyword and all. Either way only
 * the source's clause of that reference changes in the text.
 */
public class CreateReferenceEdge {

	@Inject
	private TextChanges changes;

	@Inject
	private ElementTexts texts;

	public PlanEdit create(ReferenceEdge edge) {
		EObject source = edge.source();
		EObject target = edge.target();
		EReference reference = edge.reference();
		Elements.planResource(source, "edge source");
		if (!reference.isChangeable() || reference.isDerived() || reference.isContainer()) {
			throw new EditException("The " + reference.getName() + " of " + Elements.label(source)
					+ " is not written in the plan; it cannot be drawn");
		}
		if (!reference.getEReferenceType().isInstance(target)) {
			throw new EditException(Elements.label(target) + " cannot be the " + reference.getName() + " of "
					+ Elements.label(source));
		}
		if (source == target) {
			throw new EditException(Elements.label(source) + " cannot refer to itself");
		}
		if (edge.exists()) {
			throw new EditException(Elements.label(source) + " already has " + reference.getName() + " "
					+ Elements.label(target));
		}
		if (!reference.isMany() && source.eIsSet(reference)) {
			throw new EditException(Elements.label(source) + " already has " + reference.getName() + " "
					+ Elements.label((EObject) source.eGet(reference)) + ": reconnect that edge instead");
		}
		String label = Elements.label(source) + " " + reference.getName() + " " + Elements.label(target);
		PlanEdit.Builder appended = reference.isMany() ? texts.appendReference(source, reference, target) : null;
		if (appended != null) {
			PlanEdit edit = appended.build(label);
			values(source, reference).add(target);
			return edit;
		}
		return changes.record(label, List.of(source.eResource()), () -> {
					if (reference.isMany()) {
						values(source, reference).add(target);
					} else {
						source.eSet(reference, target);
					}
				});
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> values(EObject source, EReference reference) {
		return (List<EObject>) source.eGet(reference);
	}
}
