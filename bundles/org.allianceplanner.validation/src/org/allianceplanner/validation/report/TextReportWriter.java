package org.allianceplanner.validation.report;

import java.io.IOException;

import org.allianceplanner.validation.Finding;
import org.allianceplanner.validation.Severity;
import org.allianceplanner.validation.ValidationResult;
import org.allianceplanner.validation.ValidationResult.SuppressionRecord;

/**
 * The human report, one line per finding in the compiler convention editors and CI logs understand:
 * {@code file:line:col: severity: [RULE-ID] message (clause)}; then the suppressions with their reasons and a
 * summary line.
 */
public final class TextReportWriter implements ReportWriter {

	@Override
	public void write(ValidationResult result, LocationProvider locations, Appendable out) throws IOException {
		for (Finding f : result.active()) {
			out.append(locations.locate(f.element(), f.feature()).text()).append(": ").append(f.severity().word())
					.append(": [").append(f.rule().id()).append("] ").append(f.message()).append(" (")
					.append(f.rule().clause()).append(")\n");
		}
		for (SuppressionRecord s : result.suppressions()) {
			out.append(locations.locate(s.element(), null).text()).append(": suppressed: [").append(s.ruleId())
					.append("] ").append(s.silenced() == 1 ? "1 finding" : s.silenced() + " findings")
					.append(" silenced; reason: ").append(s.reason() == null || s.reason().isBlank() ? "(none)" : s.reason())
					.append('\n');
		}
		out.append(summary(result)).append('\n');
	}

	/** {@code 2 errors, 1 warning, 0 infos, 1 suppressed}. */
	public static String summary(ValidationResult result) {
		return plural(result.count(Severity.ERROR), "error") + ", " + plural(result.count(Severity.WARNING), "warning")
				+ ", " + plural(result.count(Severity.INFO), "info") + ", " + result.suppressed().size() + " suppressed";
	}

	private static String plural(long n, String word) {
		return n + " " + word + (n == 1 ? "" : "s");
	}
}
