package org.allianceplanner.validation;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One diagnostic: a rule that an element of a plan breaks.
 *
 * @param rule the catalog entry
 * @param severity the effective severity (after the project's settings)
 * @param message what is wrong, in plan-author terms, naming the element
 * @param element the offending element (kept for IDE markers and location lookup; may be null in deserialized
 *            findings)
 * @param elementUri the element's URI (resource URI + fragment), stable across runs
 * @param feature the offending feature, or null when the whole element is meant
 * @param fix a machine-readable fix, or null
 * @param suppression the suppression that silences this finding, or null when it is active
 */
public record Finding(Rule rule, Severity severity, String message, EObject element, String elementUri,
		EStructuralFeature feature, Fix fix, SuppressionInfo suppression) {

	/** A suppression that applied to a finding: where it is and why. */
	public record SuppressionInfo(String ruleId, String reason, EObject suppression, String suppressionUri) {
	}

	public static Finding of(Rule rule, String message, EObject element, EStructuralFeature feature, Fix fix) {
		return new Finding(rule, rule.defaultSeverity(), message, element, uriOf(element), feature, fix, null);
	}

	public Finding withSeverity(Severity newSeverity) {
		return new Finding(rule, newSeverity, message, element, elementUri, feature, fix, suppression);
	}

	public Finding suppressedBy(SuppressionInfo info) {
		return new Finding(rule, severity, message, element, elementUri, feature, fix, info);
	}

	public boolean isSuppressed() {
		return suppression != null;
	}

	public String featureName() {
		return feature == null ? null : feature.getName();
	}

	public Optional<Fix> optionalFix() {
		return Optional.ofNullable(fix);
	}

	/** The URI of an element: its resource URI and fragment, or the fragment path when it has no resource. */
	public static String uriOf(EObject element) {
		if (element == null) {
			return null;
		}
		if (element.eResource() != null) {
			return EcoreUtil.getURI(element).toString();
		}
		return "#" + EcoreUtil.getRelativeURIFragmentPath(EcoreUtil.getRootContainer(element), element);
	}
}
