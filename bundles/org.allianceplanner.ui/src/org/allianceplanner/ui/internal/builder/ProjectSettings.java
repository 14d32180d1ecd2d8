package org.allianceplanner.ui.internal.builder;

import java.util.EnumSet;
import java.util.Set;

import org.allianceplanner.docgen.OutputFormat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * A project's Alliance Planner settings (stored in {@code .settings/org.allianceplanner.ui.prefs}):
 * whether the builder generates plan summaries, in which formats it generates the plan documents,
 * into which folder, and rule severities that differ
 * from the defaults ("PREMISE-NO-OBLIGATION=error", one a line; "ignore" hides a rule).
 */
public final class ProjectSettings {

	static final String NODE = "org.allianceplanner.ui";
	static final String GENERATE_SUMMARY = "generateSummary";
	static final String OUTPUT_FOLDER = "outputFolder";
	static final String DOCUMENT_FORMATS = "documentFormats";
	/** The quick formats by default: PDF and Word of a large plan take seconds, too long for every save. */
	public static final String DEFAULT_DOCUMENT_FORMATS = "html,md";
	static final String SEVERITIES = "ruleSeverities";
	public static final String DEFAULT_OUTPUT_FOLDER = "generated";
	/** Severity value meaning "do not report this rule". */
	public static final int IGNORE = -1;

	private ProjectSettings() {
	}

	private static IEclipsePreferences node(IProject project) {
		return new ProjectScope(project).getNode(NODE);
	}

	public static boolean generateSummary(IProject project) {
		return node(project).getBoolean(GENERATE_SUMMARY, true);
	}

	/** Formats of the plan documents generated on save, as {@code alliance generate --format} takes them; empty for none. */
	public static String documentFormats(IProject project) {
		return node(project).get(DOCUMENT_FORMATS, DEFAULT_DOCUMENT_FORMATS);
	}

	/** The formats named in {@code text} ("html,md"); throws naming a word that is not a format. */
	public static Set<OutputFormat> parseFormats(String text) {
		Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
		for (String word : text.split(",")) {
			if (!word.isBlank()) {
				formats.add(OutputFormat.parse(word.trim()));
			}
		}
		return formats;
	}

	public static String outputFolder(IProject project) {
		return node(project).get(OUTPUT_FOLDER, DEFAULT_OUTPUT_FOLDER);
	}

	public static String severitiesText(IProject project) {
		return node(project).get(SEVERITIES, "");
	}

	public static void save(IProject project, boolean generate, String documentFormats, String folder,
			String severities) throws BackingStoreException {
		IEclipsePreferences node = node(project);
		node.putBoolean(GENERATE_SUMMARY, generate);
		node.put(DOCUMENT_FORMATS, documentFormats.trim());
		node.put(OUTPUT_FOLDER, folder.isBlank() ? DEFAULT_OUTPUT_FOLDER : folder.trim());
		node.put(SEVERITIES, severities);
		node.flush();
	}

	/** Rule ID to marker severity ({@link #IGNORE} to hide), parsed from the project's settings. */
	public static Map<String, Integer> severityOverrides(IProject project) {
		return parseSeverities(severitiesText(project));
	}

	/** Parses "RULE-ID=severity" lines; throws with the line number on a malformed line. */
	public static Map<String, Integer> parseSeverities(String text) {
		Map<String, Integer> out = new HashMap<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].trim();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int eq = line.indexOf('=');
			if (eq <= 0) {
				throw new IllegalArgumentException("Line " + (i + 1) + ": expected RULE-ID=severity, found '" + line + "'");
			}
			out.put(line.substring(0, eq).trim(), severity(line.substring(eq + 1).trim(), i + 1));
		}
		return out;
	}

	private static int severity(String word, int line) {
		return switch (word.toLowerCase(Locale.ROOT)) {
		case "error" -> IMarker.SEVERITY_ERROR;
		case "warning" -> IMarker.SEVERITY_WARNING;
		case "info" -> IMarker.SEVERITY_INFO;
		case "ignore" -> IGNORE;
		default -> throw new IllegalArgumentException(
				"Line " + line + ": severity must be error, warning, info or ignore, found '" + word + "'");
		};
	}
}
