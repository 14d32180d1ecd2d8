package org.allianceplanner.validation.report;

import java.io.IOException;

import org.allianceplanner.validation.ValidationResult;

/** Writes a validation result in one output format. */
public interface ReportWriter {

	void write(ValidationResult result, LocationProvider locations, Appendable out) throws IOException;

	/** Convenience: the report as a string. */
	default String toString(ValidationResult result, LocationProvider locations) {
		StringBuilder b = new StringBuilder();
		try {
			write(result, locations, b);
		} catch (IOException e) {
			throw new IllegalStateException(e); // a StringBuilder does not throw
		}
		return b.toString();
	}
}
