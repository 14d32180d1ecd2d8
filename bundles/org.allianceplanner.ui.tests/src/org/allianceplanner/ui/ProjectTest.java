package org.allianceplanner.ui;

import static org.allianceplanner.ui.UiTesting.errors;
import static org.allianceplanner.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.allianceplanner.dsl.scoping.GuidelinesLibrary;
import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.ui.internal.editor.EditorOperations;
import org.allianceplanner.ui.internal.editor.PlanEditor;
import org.allianceplanner.ui.internal.editor.PlanTextHover;
import org.allianceplanner.ui.internal.lsp.FileUris;
import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.allianceplanner.ui.internal.views.GuidelinesBrowserView;
import org.allianceplanner.ui.internal.views.Traceability;
import org.allianceplanner.ui.internal.wizards.NewAllianceProjectWizard;
import org.allianceplanner.ui.internal.wizards.NewPlanFileWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.Region;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Across files and projects: rename, markers of files no editor shows, the new-file template, the
 * Guidelines browser and hovers of clause references.
 */
public class ProjectTest {

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	private static void waitForServer(IFile file) {
		waitUntil("the language server checked " + file.getFullPath(),
				() -> PlanLanguageServer.get().hasDiagnostics(FileUris.of(file)));
	}

	@Test
	void renameChangesEveryFileThatUsesTheElement() throws Exception {
		IProject project = Fixtures.project("RenameProject");
		IFile airDefense = project.getFile(Fixtures.AIR_DEFENSE);
		IFile rearArea = project.getFile(Fixtures.REAR_AREA);
		PlanEditor editor = (PlanEditor) IDE.openEditor(page(), airDefense, AlliancePlanner.EDITOR_ID);
		waitForServer(rearArea);
		waitForServer(airDefense);
		int declaration = editor.document().get().indexOf("party JMSDF") + "party ".length();
		List<? extends org.eclipse.lsp4j.Location> references = EditorOperations.references(editor, declaration + 1)
				.join();
		assertTrue(references.stream().anyMatch(l -> l.getUri().endsWith("rear-area-support.alliance")),
				"find references reaches the other file: " + references);
		List<IFile> changed = EditorOperations.rename(editor, declaration + 1, "JapanMaritime");
		assertTrue(changed.contains(rearArea), "the rename reached the other file: " + changed);
		assertTrue(editor.document().get().contains("party JapanMaritime"), "declaration renamed");
		assertTrue(editor.document().get().contains("involves JGSDF, JapanMaritime, JASDF"), "use renamed");
		String other = PlanEditorTest.read(rearArea);
		assertTrue(other.contains("JapanMaritime support") && !other.contains("JMSDF"), other);
		editor.doSave(new NullProgressMonitor());
		UiTesting.flush(1500);
		waitUntil("both files stay free of errors" + UiTesting.describe(rearArea) + UiTesting.describe(airDefense),
				() -> errors(rearArea) == 0 && errors(airDefense) == 0);
	}

	@Test
	void newProjectWizardAddsTheRepositoryExamplesWhichCheckCleanly() throws CoreException {
		IProject project = NewAllianceProjectWizard.createProject("WithExamples", true, new NullProgressMonitor());
		IResource[] plans = project.getFolder(NewAllianceProjectWizard.PLANS_FOLDER).members();
		assertTrue(plans.length >= 3, "the examples are copied: " + java.util.Arrays.toString(plans));
		for (IResource plan : plans) {
			waitForServer((IFile) plan);
		}
		UiTesting.flush(1000);
		for (IResource plan : plans) {
			assertEquals(0, errors((IFile) plan), plan.getName() + UiTesting.describe((IFile) plan));
		}
	}

	@Test
	void projectSeveritiesChangeOrHideRules() throws Exception {
		IProject project = Fixtures.project("Severities");
		IFile airDefense = project.getFile(Fixtures.AIR_DEFENSE);
		waitUntil("the rule PLAN-REPORTING reports the milestone" + UiTesting.describe(airDefense),
				() -> UiTesting.hasMarker(airDefense, "[PLAN-REPORTING]"));
		org.eclipse.core.resources.IMarker reporting = java.util.Arrays.stream(UiTesting.problems(airDefense))
				.filter(m -> m.getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, "").startsWith("[PLAN-REPORTING]"))
				.findFirst().orElseThrow();
		String explanation = org.allianceplanner.ui.internal.editor.DiagnosticExplanations.explain(reporting);
		assertTrue(explanation.contains("Rule PLAN-REPORTING")
				&& explanation.contains(org.allianceplanner.validation.Rule.byId("PLAN-REPORTING").help()),
				"the hover explains the rule: " + explanation);
		// the page's store is the project's alliance.properties (the command's and the Maven plugin's file);
		// writing it makes the language server check the plans again
		IFile settings = project.getFile("alliance.properties");
		settings.create(bytes("# project settings\ndocgen.note = kept\n"), IResource.FORCE, null);
		org.allianceplanner.ui.internal.builder.ProjectSettings.saveSeverities(project, "PLAN-REPORTING=error");
		assertEquals("# project settings\ndocgen.note = kept\nseverity.PLAN-REPORTING = error\n",
				PlanEditorTest.read(settings));
		waitUntil("PLAN-REPORTING=error makes it an error", () -> java.util.Arrays.stream(UiTesting.problems(airDefense))
				.anyMatch(m -> m.getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, "").startsWith("[PLAN-REPORTING]")
						&& m.getAttribute(org.eclipse.core.resources.IMarker.SEVERITY, -1) == org.eclipse.core.resources.IMarker.SEVERITY_ERROR));
		org.allianceplanner.ui.internal.builder.ProjectSettings.saveSeverities(project, "PLAN-REPORTING=ignore");
		waitUntil("PLAN-REPORTING=ignore hides it", () -> !UiTesting.hasMarker(airDefense, "[PLAN-REPORTING]"));
	}

	@Test
	void filesWithoutAnEditorGetMarkersToo() throws CoreException {
		IProject project = NewAllianceProjectWizard.createProject("Closed", false, new NullProgressMonitor());
		IFile good = project.getFile("good.alliance");
		good.create(bytes(NewPlanFileWizard.template("good.alliance")), IResource.FORCE, null);
		IFile bad = project.getFile("bad.alliance");
		bad.create(bytes("party P : Self-Defense Forces for Japan\nbilateral defense plan B {\n\tcoordinated through Nowhere\n}\n"),
				IResource.FORCE, null);
		waitUntil("the unresolved mechanism in bad.alliance is marked" + UiTesting.describe(bad),
				() -> UiTesting.hasMarker(bad, "Nowhere"));
		waitForServer(good);
		assertEquals(0, errors(good), "the new-file template is a valid plan:" + UiTesting.describe(good));
		bad.setContents(bytes("party P : Self-Defense Forces for Japan\n"), IResource.FORCE, null);
		waitUntil("the marker goes when the file is fixed on disk", () -> errors(bad) == 0);
		assertTrue(project.getFile("generated/good.md").exists() || waitForGenerated(project), "summary of good.alliance");
	}

	private static boolean waitForGenerated(IProject project) {
		waitUntil("the builder generated generated/good.md", () -> project.getFile("generated/good.md").exists());
		return true;
	}

	@Test
	void guidelinesBrowserShowsTheClauses() {
		GuidelinesBrowserView view = GuidelinesBrowserView.show("IV.2(2)a");
		assertNotNull(view, "the Guidelines browser opens");
		UiTesting.screenshot("guidelines-browser.png");
		List<GuidelinesElement> library = library();
		assumeFalse(library.isEmpty(), "the built-in Guidelines library is empty in this build");
		assertTrue(view.tree().getTree().getItemCount() > 0, "the tree shows the Guidelines");
		assertTrue(view.text().contains("IV.2(2)a"), view.text());
	}

	@Test
	void hoverOfAClauseReferenceShowsTheClauseText() throws CoreException {
		List<GuidelinesElement> library = library();
		assumeFalse(library.isEmpty(), "the built-in Guidelines library is empty in this build");
		IProject project = NewAllianceProjectWizard.createProject("Traces", false, new NullProgressMonitor());
		IFile file = project.getFile("trace.alliance");
		file.create(bytes("party JASDF : Air Self-Defense Force for Japan {\n\timplements IV.2(2)a\n}\n"),
				IResource.FORCE, null);
		PlanEditor editor = (PlanEditor) IDE.openEditor(page(), file, AlliancePlanner.EDITOR_ID);
		waitForServer(file);
		int at = editor.document().get().indexOf("IV.2(2)a") + 2;
		String hover = new PlanTextHover(editor).getHoverInfo(editor.viewer(), new Region(at, 0));
		GuidelinesElement clause = library.stream().filter(e -> "IV.2(2)a".equals(e.getName())).findFirst().orElseThrow();
		assertNotNull(hover);
		assertTrue(hover.contains(clause.getText().substring(0, Math.min(60, clause.getText().length()))), hover);
		GuidelinesBrowserView view = GuidelinesBrowserView.show("IV.2(2)a");
		List<Traceability.Implementer> implementers = view.implementersOfSelection().join();
		assertFalse(implementers.isEmpty(), "the browser traces the clause to JASDF");
		waitUntil("the browser lists JASDF under the clause", () -> view.implementersShown() > 0);
		UiTesting.screenshot("guidelines-traceability.png");
	}

	private static List<GuidelinesElement> library() {
		return PlanLanguageServer.get().languageInjector().getInstance(GuidelinesLibrary.class).elements();
	}

	private static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
