package org.allianceplanner.diagram.interpreter.internal;

import java.util.Locale;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.plan.PlanElement;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

/** Label text for values: an element's title (else its name), enum words in plain English. */
public final class Labels {

	private Labels() {
	}

	public static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof EObject e) {
			return of(e);
		}
		if (value instanceof Enumerator e) {
			return words(e.getName());
		}
		return String.valueOf(value);
	}

	/** The element's title, else its name; Guidelines elements show their identifier before the title. */
	public static String of(EObject e) {
		if (e instanceof GuidelinesElement g) {
			return g.getTitle() == null || g.getTitle().isEmpty() ? g.getName() : g.getName() + " " + g.getTitle();
		}
		if (e instanceof PlanElement p) {
			if (p.getTitle() != null && !p.getTitle().isEmpty()) {
				return p.getTitle();
			}
			return p.getName() == null ? "" : p.getName();
		}
		return e.eClass().getName();
	}

	/** {@code UNITED_STATES} as {@code United States}. */
	public static String words(String constant) {
		StringBuilder b = new StringBuilder();
		for (String w : constant.toLowerCase(Locale.ROOT).split("_")) {
			if (w.isEmpty()) {
				continue;
			}
			if (b.length() > 0) {
				b.append(' ');
			}
			b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
		}
		return b.toString();
	}
}
