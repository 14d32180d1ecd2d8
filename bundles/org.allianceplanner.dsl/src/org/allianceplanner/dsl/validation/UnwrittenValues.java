package org.allianceplanner.dsl.validation;

import org.allianceplanner.model.wording.Wording;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Elements whose kind the text does not say yet: a half-typed {@code task X: } has no task kind, yet the model
 * holds the enumeration's first value (air defense) as its default. Rules about kinds must not judge such an
 * element: what it is is unknown until the kind is written (the syntax error says what is missing).
 */
final class UnwrittenValues {

	private UnwrittenValues() {
	}

	/** Whether the element or one of its containers lacks a required enumeration value in its text. */
	static boolean inElementOfUnknownKind(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (hasUnwrittenKind(e)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasUnwrittenKind(EObject element) {
		if (NodeModelUtils.getNode(element) == null) {
			return false; // not parsed from text (a model built in code): its values are what they say
		}
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() instanceof EEnum && attribute.isRequired() && !attribute.isMany()
					&& !element.eIsSet(attribute) && !written(element, attribute)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the text writes the attribute's value. An unset attribute holds its default, which the text may
	 * well say ("air defense"); if the text says nothing or something else there (a phrase half typed), the
	 * value is unknown.
	 */
	private static boolean written(EObject element, EAttribute attribute) {
		String words = Wording.of((Enumerator) element.eGet(attribute));
		for (INode node : NodeModelUtils.findNodesForFeature(element, attribute)) {
			if (words.equals(NodeModelUtils.getTokenText(node))) {
				return true;
			}
		}
		return false;
	}
}
