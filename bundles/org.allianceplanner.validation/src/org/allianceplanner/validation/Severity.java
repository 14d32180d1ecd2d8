package org.allianceplanner.validation;

import java.util.Locale;

/**
 * How serious a finding is. {@link #IGNORE} switches a rule off for a project.
 */
public enum Severity {
	ERROR, WARNING, INFO, IGNORE;

	/** The lower-case word used in settings files and text reports. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** True when this severity is at least as serious as {@code other}. */
	public boolean atLeast(Severity other) {
		return ordinal() <= other.ordinal();
	}

	/** Parses {@code error|warning|info|ignore} (case-insensitive), or returns null. */
	public static Severity parse(String word) {
		if (word == null) {
			return null;
		}
		for (Severity s : values()) {
			if (s.word().equals(word.trim().toLowerCase(Locale.ROOT))) {
				return s;
			}
		}
		return null;
	}
}
