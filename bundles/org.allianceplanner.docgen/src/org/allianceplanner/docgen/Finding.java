package org.allianceplanner.docgen;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * A validation finding as the plan document lists it. The validation bundle produces these (the command line
 * adapts its diagnostics); the generator only shows them, leaving out any whose subject is not releasable to
 * the edition's audience.
 *
 * @param ruleId the rule, e.g. {@code ROLE-AIR-DEFENSE}
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param clause the Guidelines clause the rule comes from, e.g. {@code IV.2(2)a}
 * @param message the diagnostic text
 * @param subject the plan element the finding is about, or {@code null}
 * @param location file and line, e.g. {@code plans/alpha.alliance:42}, or ""
 * @param suppression why the finding was suppressed, or {@code null} if it was not
 */
public record Finding(String ruleId, String severity, String clause, String message, EObject subject,
		String location, String suppression) {

	public Finding {
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(clause, "clause");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(location, "location");
	}

	public boolean suppressed() {
		return suppression != null;
	}
}
