package org.allianceplanner.ui.internal.lsp;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.server.hover.HoverService;

/**
 * Hover contents: the full text of a Guidelines clause, or the details of a plan element (its kind,
 * name and every attribute it sets), followed by the element's documentation comment if any.
 */
public class PlanHoverService extends HoverService {

	@Override
	public String getContents(EObject element) {
		if (element == null) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		if (element instanceof GuidelinesElement clause) {
			clauseText(clause, text);
		} else {
			elementDetails(element, text);
		}
		String documentation = super.getContents(element);
		if (documentation != null && !documentation.isBlank()) {
			text.append("\n\n").append(documentation);
		}
		return text.toString();
	}

	static void clauseText(GuidelinesElement clause, StringBuilder text) {
		text.append("**").append(clause.getName()).append("**");
		if (clause.getTitle() != null) {
			text.append(' ').append(clause.getTitle());
		}
		text.append(" (Guidelines for Japan-U.S. Defense Cooperation, 1997)");
		if (clause.getText() != null) {
			text.append("\n\n").append(clause.getText());
		}
	}

	static void elementDetails(EObject element, StringBuilder text) {
		text.append("**").append(Words.kind(element.eClass())).append("**");
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (element.eIsSet(attribute)) {
				text.append("\n\n").append(Words.humanize(attribute.getName())).append(": ")
						.append(valueOf(element, attribute));
			}
		}
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && element.eIsSet(reference)
					&& !reference.isDerived()) {
				text.append("\n\n").append(Words.humanize(reference.getName())).append(": ")
						.append(Words.names(element.eGet(reference)));
			}
		}
	}

	private static String valueOf(EObject element, EAttribute attribute) {
		Object value = element.eGet(attribute);
		return value instanceof Iterable<?> values ? Words.join(values) : Words.value(value);
	}
}
