package org.allianceplanner.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.testing.CompliantPlans;
import org.allianceplanner.validation.settings.ValidationSettings;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Checks on the findings of one rule: ID, default severity, element, feature and message. */
final class RuleAssertions {

	private RuleAssertions() {
	}

	/** Exactly one finding of the rule, on this element and feature, whose message contains each fragment. */
	static Finding assertFires(CompliantPlans fx, Rule rule, EObject element, EStructuralFeature feature, String... fragments) {
		List<Finding> fs = findings(fx, rule);
		assertEquals(1, fs.size(), () -> rule.id() + " should fire once, got " + fs);
		Finding f = fs.get(0);
		assertEquals(rule.id(), f.rule().id());
		assertEquals(rule.defaultSeverity(), f.severity());
		assertSame(element, f.element(), () -> "element of " + f);
		assertEquals(feature, f.feature(), () -> "feature of " + f);
		assertEquals(Finding.uriOf(element), f.elementUri());
		for (String fragment : fragments) {
			assertTrue(f.message().contains(fragment), () -> "message '" + f.message() + "' lacks '" + fragment + "'");
		}
		return f;
	}

	/** Every rule, over every plan file of the baseline. */
	static ValidationResult validate(CompliantPlans fx) {
		return new PlanValidator().validate(fx.resourceSet());
	}

	static ValidationResult validate(CompliantPlans fx, ValidationSettings settings) {
		return new PlanValidator(settings).validate(fx.resourceSet());
	}

	/** Active findings of one rule. */
	static List<Finding> findings(CompliantPlans fx, Rule rule) {
		return validate(fx).of(rule);
	}

	static void assertQuiet(CompliantPlans fx, Rule rule) {
		List<Finding> fs = findings(fx, rule);
		assertTrue(fs.isEmpty(), () -> rule.id() + " should not fire, got " + fs);
	}
}
