package org.allianceplanner.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Checks on the findings of one rule: ID, default severity, element, feature and message. */
final class RuleAssertions {

	private RuleAssertions() {
	}

	/** Exactly one finding of the rule, on this element and feature, whose message contains each fragment. */
	static Finding assertFires(Fixture fx, Rule rule, EObject element, EStructuralFeature feature, String... fragments) {
		List<Finding> fs = fx.findings(rule);
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

	static void assertQuiet(Fixture fx, Rule rule) {
		List<Finding> fs = fx.findings(rule);
		assertTrue(fs.isEmpty(), () -> rule.id() + " should not fire, got " + fs);
	}
}
