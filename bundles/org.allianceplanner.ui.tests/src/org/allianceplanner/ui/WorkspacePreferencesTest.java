package org.allianceplanner.ui;

import static org.allianceplanner.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.allianceplanner.ui.internal.builder.PlanPreferencePage;
import org.allianceplanner.ui.internal.builder.ProjectSettings;
import org.allianceplanner.ui.internal.builder.WorkspaceDefaults;
import org.allianceplanner.ui.internal.help.HelpView;
import org.allianceplanner.validation.Rule;
import org.allianceplanner.validation.Severity;
import org.allianceplanner.validation.settings.SettingsFile;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.FrameworkUtil;

/**
 * Workspace preferences and help contents (issue 14, point 8): the workspace page's defaults apply to projects
 * that do not set their own; its rule severities reach the project's alliance.properties, which the command line
 * reads, and the project's own lines override them; Help > Help Contents shows the user documentation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class WorkspacePreferencesTest {

	private static IProject project;
	private static IFile airDefense;

	@BeforeAll
	static void createProject() throws Exception {
		project = Fixtures.project("WorkspacePreferences");
		airDefense = project.getFile(Fixtures.AIR_DEFENSE);
		waitUntil("PLAN-REPORTING reports the milestone" + UiTesting.describe(airDefense),
				() -> UiTesting.hasMarker(airDefense, "[PLAN-REPORTING]"));
	}

	@AfterAll
	static void resetPreferences() throws Exception {
		WorkspaceDefaults.save(true, ProjectSettings.DEFAULT_DOCUMENT_FORMATS, ProjectSettings.DEFAULT_OUTPUT_FOLDER,
				ProjectSettings.DEFAULT_AUDIENCE, "");
		Job job = PlanPreferencePage.applyToProjects();
		job.schedule();
		job.join();
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	@Order(1)
	void workspaceSeveritiesReachTheFileTheCommandReadsAndTheProjectOverridesThem() throws Exception {
		WorkspaceDefaults.save(true, "html,md", "generated", "both", "PLAN-REPORTING=error");
		Job job = PlanPreferencePage.applyToProjects();
		job.schedule();
		job.join();

		IFile settings = project.getFile(SettingsFile.FILE_NAME);
		assertTrue(settings.exists(), "the IDE wrote the project's alliance.properties");
		// what the alliance command and the Maven plugin read
		assertEquals(Severity.ERROR, SettingsFile.read(settings.getLocation().toFile().toPath()).severityOf(Rule.byId("PLAN-REPORTING")));
		waitUntil("PLAN-REPORTING is an error in the IDE too", () -> severityOf("[PLAN-REPORTING]") == IMarker.SEVERITY_ERROR);
		assertEquals("", ProjectSettings.severitiesText(project), "the project page lists the project's own severities only");

		ProjectSettings.saveSeverities(project, "PLAN-REPORTING=ignore");
		String text = PlanEditorTest.read(settings);
		assertTrue(text.indexOf("severity.PLAN-REPORTING = error") < text.indexOf("severity.PLAN-REPORTING = ignore"),
				"the project's line comes after the workspace block: " + text);
		assertEquals(Severity.IGNORE, SettingsFile.read(settings.getLocation().toFile().toPath()).severityOf(Rule.byId("PLAN-REPORTING")));
		waitUntil("the project's ignore hides it in the IDE", () -> !UiTesting.hasMarker(airDefense, "[PLAN-REPORTING]"));

		// a hand-written line of the project's stays where it is when the workspace changes again
		settings.setContents(new ByteArrayInputStream((text + "docgen.note = kept\n").getBytes(StandardCharsets.UTF_8)),
				IResource.FORCE, null);
		WorkspaceDefaults.save(true, "html,md", "generated", "both", "PLAN-REPORTING=warning\nPLAN-PROCEDURES-COMPLETE=info");
		job = PlanPreferencePage.applyToProjects();
		job.schedule();
		job.join();
		text = PlanEditorTest.read(settings);
		assertTrue(text.contains("severity.PLAN-PROCEDURES-COMPLETE = info") && text.contains("docgen.note = kept")
				&& !text.contains("severity.PLAN-REPORTING = error"), text);
		assertEquals(Severity.IGNORE, SettingsFile.read(settings.getLocation().toFile().toPath()).severityOf(Rule.byId("PLAN-REPORTING")));
	}

	@Test
	@Order(2)
	void generationDefaultsApplyWhereTheProjectDoesNotSetItsOwn() throws Exception {
		WorkspaceDefaults.save(false, "md", "out", "japan", "");
		assertEquals("md", ProjectSettings.documentFormats(project));
		assertEquals("out", ProjectSettings.outputFolder(project));
		assertEquals("japan", ProjectSettings.audience(project));
		assertEquals(false, ProjectSettings.generateSummary(project));

		ProjectSettings.save(project, false, "html", "out", "united-states");
		assertEquals("html", ProjectSettings.documentFormats(project), "the project's own value wins");
		assertEquals("united-states", ProjectSettings.audience(project));
		WorkspaceDefaults.save(true, "md", "generated", "japan", "");
		assertEquals("generated", ProjectSettings.outputFolder(project), "a value the project left equal follows the workspace");
		assertEquals(true, ProjectSettings.generateSummary(project));
		assertEquals("html", ProjectSettings.documentFormats(project));
		ProjectSettings.save(project, true, "md", "generated", "japan");
		WorkspaceDefaults.save(true, ProjectSettings.DEFAULT_DOCUMENT_FORMATS, ProjectSettings.DEFAULT_OUTPUT_FOLDER,
				ProjectSettings.DEFAULT_AUDIENCE, "");
		assertEquals(ProjectSettings.DEFAULT_DOCUMENT_FORMATS, ProjectSettings.documentFormats(project),
				"saving the workspace's values stores nothing of the project's own");
	}

	@Test
	@Order(3)
	void thePreferencePageOpensUnderWindowPreferences() {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(UiTesting.shell(), PlanPreferencePage.ID,
				new String[] { PlanPreferencePage.ID }, null);
		assertNotNull(dialog);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertTrue(dialog.getSelectedPage() instanceof PlanPreferencePage, "shows " + dialog.getSelectedPage());
			UiTesting.flush(500);
			WorkbenchSmokeTest.saveScreenshot(dialog.getShell(), "workspace-preferences-page.png");
		} finally {
			dialog.close();
		}
	}

	@Test
	@Order(4)
	void helpContentsShowsTheUserDocumentation() throws Exception {
		URL toc = FrameworkUtil.getBundle(HelpView.class).getEntry("help/toc.xml");
		assertNotNull(toc, "the build converted docs/*.md into help/");
		String tocText;
		try (var in = toc.openStream()) {
			tocText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertTrue(tocText.contains("href=\"help/IDE.html\"") && tocText.contains("The Alliance Planner IDE"), tocText);
		assertNotNull(FrameworkUtil.getBundle(HelpView.class).getEntry("help/IDE.html"));
		IConfigurationElement[] tocs = Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.help.toc");
		assertTrue(Arrays.stream(tocs).anyMatch(e -> "org.allianceplanner.ui".equals(e.getContributor().getName())
				&& "help/toc.xml".equals(e.getAttribute("file"))), "an Eclipse help table of contents");

		assertTrue(PlatformUI.getWorkbench().getHelpSystem().hasHelpUI(), "Help > Help Contents is there");
		PlatformUI.getWorkbench().getHelpSystem().displayHelp();
		IViewPart view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(HelpView.ID);
		assertTrue(view instanceof HelpView, "Help Contents opened the help view");
		HelpView help = (HelpView) view;
		if (help.browser() != null) { // WebKitGTK present (CI installs it)
			waitUntil("the help shows its index", () -> help.browser().getUrl().endsWith("/help/index.html"));
		}
		UiTesting.screenshot("help-contents.png");
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(view);
	}

	private static int severityOf(String messageStart) {
		return Arrays.stream(UiTesting.problems(airDefense))
				.filter(m -> m.getAttribute(IMarker.MESSAGE, "").startsWith(messageStart))
				.mapToInt(m -> m.getAttribute(IMarker.SEVERITY, -1)).findFirst().orElse(-1);
	}
}
