package org.allianceplanner.docgen.internal.build;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import org.allianceplanner.model.guidelines.Clause;
import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.model.wording.Wording;

/** How plan elements, Guidelines clauses and enumeration values are named in documents. */
public final class Names {

	private Names() {
	}

	/** A plan element's title, else its name, else its type. */
	public static String of(EObject e) {
		if (e instanceof PlanElement pe) {
			if (pe.getTitle() != null && !pe.getTitle().isBlank()) {
				return pe.getTitle().strip();
			}
			if (pe.getName() != null && !pe.getName().isBlank()) {
				return pe.getName();
			}
		}
		if (e instanceof GuidelinesElement g) {
			return clause(g);
		}
		return e == null ? "" : e.eClass().getName();
	}

	/** The identifier an author gave the element (its name), else its title. */
	public static String id(PlanElement e) {
		return e.getName() != null && !e.getName().isBlank() ? e.getName() : of(e);
	}

	/**
	 * A Guidelines element's reference: its identifier ({@code IV.2(2)a}, {@code Annex.2.b.i}), else its
	 * local number, else its title.
	 */
	public static String clause(GuidelinesElement g) {
		if (g.getName() != null && !g.getName().isBlank()) {
			return g.getName();
		}
		if (g instanceof Clause c && c.getNumber() != null && !c.getNumber().isBlank()) {
			return c.getNumber();
		}
		return nonNull(g.getTitle());
	}

	/** An enumeration value in words: the metamodel's {@link Wording}, as the plan itself writes it. */
	public static String word(Enumerator value) {
		return Wording.of(value);
	}

	public static String words(List<? extends Enumerator> values) {
		return Wording.of(values);
	}

	/** The names of elements, comma-separated. */
	public static String join(List<? extends EObject> elements) {
		return elements.stream().map(Names::of).collect(Collectors.joining(", "));
	}

	public static String nonNull(String s) {
		return s == null ? "" : s.strip();
	}

	/** A sentence-case first letter, for enumeration words that start a heading. */
	public static String capitalized(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
