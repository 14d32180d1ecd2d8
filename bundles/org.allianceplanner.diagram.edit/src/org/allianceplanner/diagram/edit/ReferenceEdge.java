package org.allianceplanner.diagram.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * An edge the diagram draws for one value of a cross reference: an intelligence product {@code shared with}
 * a party, an area {@code within} or {@code near} another, a task {@code during} a stage. Edges that are
 * elements of their own (a role assignment, a liaison officer) are addressed by that element instead.
 */
public record ReferenceEdge(EObject source, EReference reference, EObject target) {

	public ReferenceEdge {
		if (source == null || reference == null || target == null) {
			throw new EditException("An edge needs its source, reference and target");
		}
		if (reference.isContainment() || !reference.getEContainingClass().isSuperTypeOf(source.eClass())) {
			throw new EditException(source.eClass().getName() + " has no reference " + reference.getName());
		}
	}

	/** Whether the model holds this edge. */
	public boolean exists() {
		Object value = source.eGet(reference);
		return reference.isMany() ? ((List<?>) value).contains(target) : value == target;
	}
}
