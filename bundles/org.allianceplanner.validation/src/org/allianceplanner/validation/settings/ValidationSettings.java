package org.allianceplanner.validation.settings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.allianceplanner.validation.Rule;
import org.allianceplanner.validation.Severity;

/**
 * A project's validation settings: the severity of each rule, defaulting to the catalog's. Immutable; read
 * them from a project's {@value SettingsFile#FILE_NAME} with {@link SettingsFile}.
 */
public final class ValidationSettings {

	private static final ValidationSettings DEFAULTS = new ValidationSettings(Map.of());

	private final Map<Rule, Severity> overrides;

	private ValidationSettings(Map<Rule, Severity> overrides) {
		EnumMap<Rule, Severity> copy = new EnumMap<>(Rule.class);
		copy.putAll(overrides);
		this.overrides = Collections.unmodifiableMap(copy);
	}

	/** The catalog's default severities. */
	public static ValidationSettings defaults() {
		return DEFAULTS;
	}

	/** Settings that change the severity of the given rules. */
	public static ValidationSettings withOverrides(Map<Rule, Severity> overrides) {
		return new ValidationSettings(overrides);
	}

	/** The severity of a rule in this project. */
	public Severity severityOf(Rule rule) {
		return overrides.getOrDefault(rule, rule.defaultSeverity());
	}

	/** True when the rule is switched off (severity {@code ignore}): its check need not run. */
	public boolean isIgnored(Rule rule) {
		return severityOf(rule) == Severity.IGNORE;
	}

	/** The overrides this project makes. */
	public Map<Rule, Severity> overrides() {
		return overrides;
	}
}
