package org.allianceplanner.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allianceplanner.validation.Rule;
import org.allianceplanner.validation.Severity;
import org.allianceplanner.validation.settings.SettingsFile;

/**
 * Edits the rule severities of a project's {@code alliance.properties} (the one place severities live, read
 * by {@link PlanPipeline} for the command, the Maven plugin and the IDE) as lines {@code RULE-ID=severity},
 * the way the IDE's project property page shows them. Other keys, comments and blank lines are kept where
 * they are.
 */
public final class ProjectSeverities {

	private ProjectSeverities() {
	}

	/** The file's severity keys as {@code RULE-ID=severity} lines, in file order. */
	public static String toText(List<String> fileLines) {
		StringBuilder text = new StringBuilder();
		for (String line : fileLines) {
			String[] entry = severityEntry(line);
			if (entry != null) {
				text.append(entry[0]).append('=').append(entry[1]).append('\n');
			}
		}
		return text.toString();
	}

	/**
	 * Parses {@code RULE-ID=severity} lines ({@code #} comments and blank lines allowed).
	 *
	 * @return rule ID to severity word, in the order given
	 * @throws IllegalArgumentException naming the line that is not a known rule with a severity
	 */
	public static Map<String, String> parse(String text) {
		Map<String, String> out = new LinkedHashMap<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int eq = line.indexOf('=');
			if (eq <= 0) {
				throw new IllegalArgumentException("Line " + (i + 1) + ": expected RULE-ID=severity, found '" + line + "'");
			}
			String rule = line.substring(0, eq).strip();
			String word = line.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
			if (Rule.byId(rule) == null) {
				throw new IllegalArgumentException("Line " + (i + 1) + ": unknown rule ID '" + rule + "'");
			}
			if (Severity.parse(word) == null) {
				throw new IllegalArgumentException(
						"Line " + (i + 1) + ": severity must be error, warning, info or ignore, found '" + word + "'");
			}
			out.put(rule, word);
		}
		return out;
	}

	/**
	 * The file's lines with its severities set to {@code severities}: a rule already in the file keeps its line
	 * (with the new value), a rule no longer listed loses its line, a new rule is appended; every other line
	 * stays as it was.
	 */
	public static List<String> update(List<String> fileLines, Map<String, String> severities) {
		List<String> out = new ArrayList<>();
		Map<String, String> pending = new LinkedHashMap<>(severities);
		for (String line : fileLines) {
			String[] entry = severityEntry(line);
			if (entry == null) {
				out.add(line);
			} else if (pending.containsKey(entry[0])) {
				out.add(SettingsFile.SEVERITY_PREFIX + entry[0] + " = " + pending.remove(entry[0]));
			}
		}
		pending.forEach((rule, word) -> out.add(SettingsFile.SEVERITY_PREFIX + rule + " = " + word));
		return out;
	}

	/** {@code [RULE-ID, value]} of a {@code severity.} line, else null. */
	private static String[] severityEntry(String line) {
		String stripped = line.strip();
		if (!stripped.startsWith(SettingsFile.SEVERITY_PREFIX)) {
			return null;
		}
		int eq = stripped.indexOf('=');
		int colon = stripped.indexOf(':');
		int separator = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
		if (separator < 0) {
			return null;
		}
		return new String[] { stripped.substring(SettingsFile.SEVERITY_PREFIX.length(), separator).strip(),
				stripped.substring(separator + 1).strip() };
	}
}
