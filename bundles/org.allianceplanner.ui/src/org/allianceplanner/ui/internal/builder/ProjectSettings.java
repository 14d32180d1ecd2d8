package org.allianceplanner.ui.internal.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.pipeline.ProjectSeverities;
import org.allianceplanner.validation.settings.SettingsFile;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * A project's Alliance Planner settings. What the builder generates (summaries, document formats, output
 * folder) is stored in {@code .settings/org.allianceplanner.ui.prefs}. Rule severities live in the project's
 * {@code alliance.properties} alone, the file the {@code alliance} command and the Maven plugin read too, so
 * that a plan that passes in the IDE passes on the build server.
 */
public final class ProjectSettings {

	static final String NODE = "org.allianceplanner.ui";
	static final String GENERATE_SUMMARY = "generateSummary";
	static final String OUTPUT_FOLDER = "outputFolder";
	static final String DOCUMENT_FORMATS = "documentFormats";
	static final String AUDIENCE = "audience";
	public static final String DEFAULT_AUDIENCE = "both";
	/** The quick formats by default: PDF and Word of a large plan take seconds, too long for every save. */
	public static final String DEFAULT_DOCUMENT_FORMATS = "html,md";
	public static final String DEFAULT_OUTPUT_FOLDER = "generated";

	private ProjectSettings() {
	}

	private static IEclipsePreferences node(IProject project) {
		return new ProjectScope(project).getNode(NODE);
	}

	public static boolean generateSummary(IProject project) {
		return node(project).getBoolean(GENERATE_SUMMARY, WorkspaceDefaults.generateSummary());
	}

	/** Formats of the plan documents generated on save, as {@code alliance generate --format} takes them; empty for none. */
	public static String documentFormats(IProject project) {
		return node(project).get(DOCUMENT_FORMATS, WorkspaceDefaults.documentFormats());
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

	/**
	 * What is wrong with a settings page's document formats and severity lines, or {@code null} when both
	 * parse (the project and the workspace page check their fields alike).
	 */
	public static String problemIn(String formats, String severities) {
		try {
			parseFormats(formats);
			ProjectSeverities.parse(severities);
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	public static String outputFolder(IProject project) {
		return node(project).get(OUTPUT_FOLDER, WorkspaceDefaults.outputFolder());
	}

	/** The audience (edition) of the plan documents generated on save: japan, united-states or both. */
	public static String audience(IProject project) {
		return node(project).get(AUDIENCE, WorkspaceDefaults.audience());
	}

	/** Saves what the builder generates, the audience left as it is. */
	public static void save(IProject project, boolean generate, String documentFormats, String folder)
			throws BackingStoreException {
		save(project, generate, documentFormats, folder, audience(project));
	}

	/**
	 * Saves what the builder generates. A value equal to the workspace's is not stored: the project then follows
	 * the workspace preferences, and stores only where it differs from them.
	 */
	public static void save(IProject project, boolean generate, String documentFormats, String folder,
			String audience) throws BackingStoreException {
		IEclipsePreferences node = node(project);
		put(node, GENERATE_SUMMARY, String.valueOf(generate), String.valueOf(WorkspaceDefaults.generateSummary()));
		put(node, DOCUMENT_FORMATS, documentFormats.trim(), WorkspaceDefaults.documentFormats());
		put(node, OUTPUT_FOLDER, folder.isBlank() ? DEFAULT_OUTPUT_FOLDER : folder.trim(), WorkspaceDefaults.outputFolder());
		put(node, AUDIENCE, audience.trim(), WorkspaceDefaults.audience());
		node.flush();
	}

	private static void put(IEclipsePreferences node, String key, String value, String workspaceValue) {
		if (value.equals(workspaceValue)) {
			node.remove(key);
		} else {
			node.put(key, value);
		}
	}

	/** The project's {@code alliance.properties}, at its root (it may not exist). */
	public static IFile settingsFile(IProject project) {
		return project.getFile(SettingsFile.FILE_NAME);
	}

	/** The severities of the project's {@code alliance.properties} as {@code RULE-ID=severity} lines. */
	public static String severitiesText(IProject project) throws CoreException {
		return ProjectSeverities.toText(WorkspaceSeverityBlock.withoutBlock(settingsLines(project)));
	}

	/**
	 * Writes the severities given as {@code RULE-ID=severity} lines into the project's {@code alliance.properties},
	 * keeping its other lines and comments; creates the file when there is something to write.
	 *
	 * @throws IllegalArgumentException naming a line that is not a known rule with a severity
	 */
	public static void saveSeverities(IProject project, String text) throws CoreException {
		var severities = ProjectSeverities.parse(text);
		List<String> before = settingsLines(project);
		List<String> own = WorkspaceSeverityBlock.withoutBlock(before);
		List<String> after = new java.util.ArrayList<>(WorkspaceSeverityBlock.block(before)); // heads the file
		after.addAll(ProjectSeverities.update(own, severities));
		write(project, before, after);
	}

	/**
	 * Brings the workspace's rule severities block of the project's {@code alliance.properties} up to date with
	 * the workspace preferences, keeping the project's own lines below it; creates the file only when there is
	 * something to write.
	 */
	public static void writeWorkspaceSeverities(IProject project) throws CoreException {
		var severities = ProjectSeverities.parse(WorkspaceDefaults.severities());
		List<String> before = settingsLines(project);
		write(project, before, WorkspaceSeverityBlock.withBlock(WorkspaceSeverityBlock.withoutBlock(before), severities));
	}

	private static void write(IProject project, List<String> before, List<String> after) throws CoreException {
		IFile file = settingsFile(project);
		if (after.equals(before) && (file.exists() || after.isEmpty())) {
			return;
		}
		InputStream content = new ByteArrayInputStream(
				(String.join("\n", after) + "\n").getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, IResource.KEEP_HISTORY, null);
		} else {
			file.create(content, IResource.NONE, null);
			file.setCharset(StandardCharsets.UTF_8.name(), null);
		}
	}

	private static List<String> settingsLines(IProject project) throws CoreException {
		IFile file = settingsFile(project);
		if (!file.exists()) {
			return List.of();
		}
		try (InputStream in = file.getContents(true)) {
			// the command reads the file as UTF-8 (SettingsFile); so does the IDE
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + file.getFullPath(), e));
		}
	}
}
