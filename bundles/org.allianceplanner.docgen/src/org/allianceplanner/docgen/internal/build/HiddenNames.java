package org.allianceplanner.docgen.internal.build;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.allianceplanner.model.plan.PlanElement;

/**
 * Names and titles of the elements an edition withholds, anywhere in the plan's model. A free-text
 * message (a validation finding) that mentions one is left out, since it would reveal what the audience may
 * not see.
 */
final class HiddenNames {

	/** Shorter names would match ordinary words. */
	private static final int MIN_LENGTH = 3;

	private final List<String> names = new ArrayList<>();

	HiddenNames(Edition edition, EObject anyElementOfModel) {
		EObject root = EcoreUtil.getRootContainer(anyElementOfModel);
		root.eAllContents().forEachRemaining(e -> {
			if (e instanceof PlanElement pe && !edition.visible(pe)) {
				add(pe.getName());
				add(pe.getTitle());
			}
		});
	}

	private void add(String name) {
		if (name != null && name.strip().length() >= MIN_LENGTH) {
			names.add(name.strip());
		}
	}

	boolean mentionedIn(String text) {
		for (String n : names) {
			if (text.contains(n)) {
				return true;
			}
		}
		return false;
	}
}
