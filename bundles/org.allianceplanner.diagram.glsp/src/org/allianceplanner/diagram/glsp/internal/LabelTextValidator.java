package org.allianceplanner.diagram.glsp.internal;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

/**
 * Checks the text typed into GLSP's label editor while the user types: an empty title or name is refused before it
 * reaches the plan (the edit box stays open with the message); anything else goes to the edit, which says what is
 * wrong with it if the plan refuses it.
 */
public class LabelTextValidator implements LabelEditValidator {

	@Override
	public ValidationStatus validate(String label, GModelElement element) {
		return label == null || label.isBlank() ? ValidationStatus.error("A label cannot be empty") : ValidationStatus.ok();
	}
}
