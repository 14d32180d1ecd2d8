package org.allianceplanner.ui.internal.builder;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The workspace's Alliance Planner preferences (Window > Preferences > Alliance Planner): what every project
 * generates unless its own properties say otherwise, and the rule severities written into every project's
 * {@code alliance.properties} (see {@link WorkspaceSeverityBlock}). Stored in the workspace's instance scope, under
 * the same keys as a project's settings.
 */
public final class WorkspaceDefaults {

	static final String SEVERITIES = "severities";

	private WorkspaceDefaults() {
	}

	static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(ProjectSettings.NODE);
	}

	public static boolean generateSummary() {
		return node().getBoolean(ProjectSettings.GENERATE_SUMMARY, true);
	}

	public static String documentFormats() {
		return node().get(ProjectSettings.DOCUMENT_FORMATS, ProjectSettings.DEFAULT_DOCUMENT_FORMATS);
	}

	public static String outputFolder() {
		return node().get(ProjectSettings.OUTPUT_FOLDER, ProjectSettings.DEFAULT_OUTPUT_FOLDER);
	}

	public static String audience() {
		return node().get(ProjectSettings.AUDIENCE, ProjectSettings.DEFAULT_AUDIENCE);
	}

	/** The workspace's rule severities as {@code RULE-ID=severity} lines. */
	public static String severities() {
		return node().get(SEVERITIES, "");
	}

	/**
	 * Saves the workspace preferences; the caller then brings the projects' files up to date
	 * ({@link ProjectSettings#writeWorkspaceSeverities}).
	 *
	 * @throws IllegalArgumentException naming a bad format, audience or severity line
	 */
	public static void save(boolean generate, String documentFormats, String folder, String audience, String severities)
			throws BackingStoreException {
		ProjectSettings.parseFormats(documentFormats);
		org.allianceplanner.docgen.Audience.parse(audience);
		org.allianceplanner.pipeline.ProjectSeverities.parse(severities);
		IEclipsePreferences node = node();
		node.putBoolean(ProjectSettings.GENERATE_SUMMARY, generate);
		node.put(ProjectSettings.DOCUMENT_FORMATS, documentFormats.trim());
		node.put(ProjectSettings.OUTPUT_FOLDER, folder.isBlank() ? ProjectSettings.DEFAULT_OUTPUT_FOLDER : folder.trim());
		node.put(ProjectSettings.AUDIENCE, audience.trim());
		node.put(SEVERITIES, severities.strip());
		node.flush();
	}
}
