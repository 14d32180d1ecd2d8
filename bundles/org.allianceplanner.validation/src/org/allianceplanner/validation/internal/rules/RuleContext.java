package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.validation.Finding;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.PlanIndex;
import org.allianceplanner.validation.Rule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** What a rule implementation sees: the index of all plans and a place to report findings. */
public interface RuleContext {

	/** The index over every plan model being validated (for rules that look beyond one element). */
	PlanIndex index();

	/** Reports a finding with the rule's default severity; the engine applies settings and suppressions. */
	void report(Finding finding);

	default void report(Rule rule, EObject element, EStructuralFeature feature, String message, Fix fix) {
		report(Finding.of(rule, message, element, feature, fix));
	}

	default void report(Rule rule, EObject element, EStructuralFeature feature, String message) {
		report(rule, element, feature, message, null);
	}
}
