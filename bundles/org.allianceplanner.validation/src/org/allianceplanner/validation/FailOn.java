package org.allianceplanner.validation;

import java.util.Locale;

/** The {@code --fail-on error|warning|never} threshold of a validation run. */
public enum FailOn {
	/** Fail when an active error remains (the default). */
	ERROR(Severity.ERROR),
	/** Fail when an active error or warning remains. */
	WARNING(Severity.WARNING),
	/** Never fail: report only. */
	NEVER(null);

	private final Severity threshold;

	FailOn(Severity threshold) {
		this.threshold = threshold;
	}

	public boolean fails(ValidationResult result) {
		return threshold != null
				&& result.active().stream().anyMatch(f -> f.severity() != Severity.IGNORE && f.severity().atLeast(threshold));
	}

	/** The process exit code a command returns: 1 when the run fails, else 0. */
	public int exitCode(ValidationResult result) {
		return fails(result) ? 1 : 0;
	}

	/** Parses {@code error|warning|never}; throws IllegalArgumentException naming the bad value. */
	public static FailOn parse(String word) {
		for (FailOn f : values()) {
			if (f.name().toLowerCase(Locale.ROOT).equals(word == null ? "" : word.trim().toLowerCase(Locale.ROOT))) {
				return f;
			}
		}
		throw new IllegalArgumentException("--fail-on " + word + ": expected error, warning or never");
	}
}
