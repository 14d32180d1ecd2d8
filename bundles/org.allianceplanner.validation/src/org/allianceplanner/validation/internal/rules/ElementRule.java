package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.validation.Rule;
import org.eclipse.emf.ecore.EObject;

/**
 * A rule that checks one kind of element on its own (plus lookups in the index). Runs from the Xtext
 * validator, the EMF EValidator and the batch engine alike.
 *
 * @param <T> the element type the rule looks at
 */
public abstract class ElementRule<T extends EObject> {

	private final Rule rule;
	private final Class<T> type;

	protected ElementRule(Rule rule, Class<T> type) {
		this.rule = rule;
		this.type = type;
	}

	public final Rule rule() {
		return rule;
	}

	public final Class<T> type() {
		return type;
	}

	/** Checks the element if it has the rule's type. */
	public final void checkIfApplicable(EObject element, RuleContext context) {
		if (type.isInstance(element)) {
			check(type.cast(element), context);
		}
	}

	protected abstract void check(T element, RuleContext context);
}
