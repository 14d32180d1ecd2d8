package org.allianceplanner.validation.report;

import java.util.Locale;

/** The {@code --format text|json|sarif} choices of {@code alliance validate}. */
public enum ReportFormat {
	TEXT, JSON, SARIF;

	public ReportWriter writer() {
		return switch (this) {
		case TEXT -> new TextReportWriter();
		case JSON -> new JsonReportWriter();
		case SARIF -> new SarifReportWriter();
		};
	}

	/** Parses {@code text|json|sarif}; throws IllegalArgumentException naming the bad value. */
	public static ReportFormat parse(String word) {
		for (ReportFormat f : values()) {
			if (f.name().toLowerCase(Locale.ROOT).equals(word == null ? "" : word.trim().toLowerCase(Locale.ROOT))) {
				return f;
			}
		}
		throw new IllegalArgumentException("--format " + word + ": expected text, json or sarif");
	}
}
