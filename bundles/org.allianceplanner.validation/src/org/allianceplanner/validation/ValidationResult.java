package org.allianceplanner.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of validating a set of plans: active findings, suppressed findings, and the suppressions found.
 */
public final class ValidationResult {

	/** A suppression element found in the plans, with how many findings it silenced. */
	public record SuppressionRecord(String ruleId, String reason, org.eclipse.emf.ecore.EObject element,
			String elementUri, int silenced) {
	}

	private final List<Finding> findings;
	private final List<SuppressionRecord> suppressions;

	public ValidationResult(List<Finding> findings, List<SuppressionRecord> suppressions) {
		List<Finding> sorted = new ArrayList<>(findings);
		// Stable report order: by element URI, then rule order in the catalog.
		sorted.sort(Comparator.comparing((Finding f) -> f.elementUri() == null ? "" : f.elementUri())
				.thenComparing(f -> f.rule().ordinal()).thenComparing(Finding::message));
		this.findings = Collections.unmodifiableList(sorted);
		this.suppressions = List.copyOf(suppressions);
	}

	/** Every finding, active and suppressed, in report order. */
	public List<Finding> all() {
		return findings;
	}

	/** Findings not silenced by a suppression and not ignored. */
	public List<Finding> active() {
		return findings.stream().filter(f -> !f.isSuppressed() && f.severity() != Severity.IGNORE).toList();
	}

	/** Findings silenced by a suppression. */
	public List<Finding> suppressed() {
		return findings.stream().filter(Finding::isSuppressed).toList();
	}

	public List<SuppressionRecord> suppressions() {
		return suppressions;
	}

	/** Number of active findings of the given severity. */
	public long count(Severity severity) {
		return active().stream().filter(f -> f.severity() == severity).count();
	}

	/** Active findings of one rule (handy in tests and tools). */
	public List<Finding> of(Rule rule) {
		return active().stream().filter(f -> f.rule() == rule).toList();
	}

	/** True when a build with this {@code --fail-on} threshold fails. */
	public boolean fails(FailOn failOn) {
		return failOn.fails(this);
	}
}
