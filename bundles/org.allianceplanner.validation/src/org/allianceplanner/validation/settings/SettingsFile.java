package org.allianceplanner.validation.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.validation.Rule;
import org.allianceplanner.validation.Severity;

/**
 * Reads a project's settings file {@value #FILE_NAME}: lines {@code severity.RULE-ID = error|warning|info|ignore},
 * {@code #} comments and blank lines. Other keys are left for other tools (the generators read the same file);
 * a key starting with {@code severity.} that names an unknown rule or severity is an error naming the file and
 * line.
 */
public final class SettingsFile {

	/** The settings file at the root of a plan project. */
	public static final String FILE_NAME = "alliance.properties";
	/** Prefix of severity keys. */
	public static final String SEVERITY_PREFIX = "severity.";

	private SettingsFile() {
	}

	/** Bad content in a settings file; the message names the file and line. */
	public static final class SettingsException extends Exception {
		private static final long serialVersionUID = 1L;

		public SettingsException(String message) {
			super(message);
		}
	}

	/**
	 * The settings for plans under {@code start}: the nearest {@value #FILE_NAME} in {@code start} (a file or
	 * folder) or one of its parent folders; the catalog defaults when there is none.
	 */
	public static ValidationSettings find(Path start) throws IOException, SettingsException {
		Path dir = Files.isDirectory(start) ? start : start.toAbsolutePath().getParent();
		for (Path d = dir == null ? null : dir.toAbsolutePath(); d != null; d = d.getParent()) {
			Path candidate = d.resolve(FILE_NAME);
			if (Files.isRegularFile(candidate)) {
				return read(candidate);
			}
		}
		return ValidationSettings.defaults();
	}

	/** Reads one settings file. */
	public static ValidationSettings read(Path file) throws IOException, SettingsException {
		return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
	}

	/** Parses settings text; {@code fileName} is used in error messages only. */
	public static ValidationSettings parse(String fileName, List<String> lines) throws SettingsException {
		Map<Rule, Severity> overrides = new EnumMap<>(Rule.class);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
				continue;
			}
			int eq = indexOfSeparator(line);
			String key = (eq < 0 ? line : line.substring(0, eq)).strip();
			String value = eq < 0 ? "" : line.substring(eq + 1).strip();
			if (!key.startsWith(SEVERITY_PREFIX)) {
				continue;
			}
			String ruleId = key.substring(SEVERITY_PREFIX.length());
			Rule rule = Rule.byId(ruleId);
			if (rule == null) {
				throw new SettingsException(fileName + ":" + (i + 1) + ": unknown rule ID '" + ruleId
						+ "' (see docs/VALIDATION.md for the rule IDs)");
			}
			Severity severity = Severity.parse(value);
			if (severity == null) {
				throw new SettingsException(fileName + ":" + (i + 1) + ": severity of " + ruleId + " is '" + value
						+ "'; expected error, warning, info or ignore");
			}
			overrides.put(rule, severity);
		}
		return ValidationSettings.withOverrides(overrides);
	}

	private static int indexOfSeparator(String line) {
		int eq = line.indexOf('=');
		int colon = line.indexOf(':');
		if (eq < 0) {
			return colon;
		}
		return colon < 0 ? eq : Math.min(eq, colon);
	}
}
