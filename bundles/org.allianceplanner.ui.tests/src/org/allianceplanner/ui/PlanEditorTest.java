package org.allianceplanner.ui;

import static org.allianceplanner.ui.UiTesting.errors;
import static org.allianceplanner.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.allianceplanner.ui.internal.editor.EditorOperations;
import org.allianceplanner.ui.internal.editor.Navigation;
import org.allianceplanner.ui.internal.editor.PlanCompletionProcessor;
import org.allianceplanner.ui.internal.editor.PlanEditor;
import org.allianceplanner.ui.internal.editor.PlanQuickAssistProcessor;
import org.allianceplanner.ui.internal.editor.PlanTextHover;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plan editor on the example plans, as a planner uses it: markers while typing, completion,
 * quick fix, hover, navigation, outline, folding, occurrences, comments, format and generation on
 * save. Edits are typed as key events into the editor's widget. Each test starts from the example as
 * written, in a freshly opened editor, so the tests pass in any order.
 */
public class PlanEditorTest {

	/** One project for the class: the language server indexes every project it is given. */
	private static IProject project;
	private static IFile airDefense;
	private static IFile rearArea;
	private PlanEditor editor;
	private long baselineErrors;

	@BeforeAll
	static void createProject() throws CoreException {
		project = Fixtures.project("Examples");
		airDefense = project.getFile(Fixtures.AIR_DEFENSE);
		rearArea = project.getFile(Fixtures.REAR_AREA);
	}

	@BeforeEach
	void openExample() throws CoreException {
		IWorkbenchPage page = page();
		editor = Fixtures.openRestored(page, project, airDefense);
		page.showView(IPageLayout.ID_OUTLINE);
		page.activate(editor);
		waitUntil("the build and the marker writer are done", () -> Job.getJobManager().isIdle());
		baselineErrors = errors(airDefense);
	}

	@AfterEach
	void closeWithoutSaving() {
		page().closeAllEditors(false);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private IDocument document() {
		return editor.document();
	}

	private StyledText widget() {
		return editor.viewer().getTextWidget();
	}

	private int offsetOf(String text) {
		int offset = document().get().indexOf(text);
		assertTrue(offset >= 0, "the example contains " + text);
		return offset;
	}

	@Test
	void outlineFoldingAndDeclarationsComeFromTheModel() {
		assertNotNull(editor.outlinePage(), "the Outline view shows the plan's outline");
		waitUntil("the outline lists the plan", () -> editor.outlinePage().symbols().stream()
				.anyMatch(s -> s.getName().equals("AirDefense")));
		waitUntil("multi-line elements fold", () -> editor.foldingRegionCount() >= 2);
		assertTrue(editor.declaredNameCount() >= 10, "declared names are highlighted: " + editor.declaredNameCount());
		assertEquals(0, baselineErrors, "the example has no errors:" + UiTesting.describe(airDefense));
		UiTesting.screenshot("editor-with-example.png");
	}

	@Test
	void typingAnErrorShowsAMarkerAndFixingItRemovesIt() throws Exception {
		int at = offsetOf("\tmilestone Review");
		editor.selectAndReveal(at, 0);
		UiTesting.type(widget(), "task Broken : no such kind\n");
		waitUntil("an error marker appears for the typed error" + UiTesting.describe(airDefense),
				() -> errors(airDefense) > baselineErrors);
		assertTrue(UiTesting.problems(airDefense)[0].getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, 0) > 0);
		page().showView(IPageLayout.ID_PROBLEM_VIEW);
		UiTesting.screenshot("problems.png");
		page().activate(editor);
		UiTesting.backspace(widget(), "task Broken : no such kind\n".length());
		waitUntil("the marker disappears once the error is gone" + UiTesting.describe(airDefense),
				() -> errors(airDefense) == baselineErrors);
		assertFalse(document().get().contains("Broken"));
	}

	@Test
	void completionProposesCrossReferencesAndKeywordsAndApplies() {
		int at = offsetOf("\t\tduring Stage1") + "\t\tduring Stage1".length();
		replace(at, 0, "\n\t\tin ");
		int offset = at + "\n\t\tin ".length();
		editor.selectAndReveal(offset, 0);
		ICompletionProposal[] proposals = new PlanCompletionProcessor(editor)
				.computeCompletionProposals(editor.viewer(), offset);
		List<String> labels = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		ICompletionProposal area = Arrays.stream(proposals)
				.filter(p -> p.getDisplayString().startsWith("HomeIslands")).findFirst()
				.orElseThrow(() -> new AssertionError("no proposal for the area HomeIslands: " + labels));
		area.apply(document());
		assertTrue(document().get().contains("during Stage1\n\t\tin HomeIslands\n"), document().get());
		// Keywords: at the start of a clause in the task's body
		int clauseStart = offsetOf("during Stage1\n\t\tin HomeIslands") + "during Stage1\n\t\t".length();
		ICompletionProposal[] keywords = new PlanCompletionProcessor(editor)
				.computeCompletionProposals(editor.viewer(), clauseStart);
		assertTrue(Arrays.stream(keywords).anyMatch(p -> p.getDisplayString().startsWith("uses")),
				"keyword proposals in a task: " + Arrays.stream(keywords).map(ICompletionProposal::getDisplayString).toList());
		replace(at, "\n\t\tin HomeIslands".length(), "");
		waitUntil("no errors again" + UiTesting.describe(airDefense), () -> errors(airDefense) == baselineErrors);
	}

	@Test
	void quickFixReplacesAnUnresolvedNameWithTheNearestOne() {
		int at = offsetOf("during Stage1") + "during Stage".length();
		replace(at, 1, "9");
		waitUntil("an unresolved-name marker with suggestions" + UiTesting.describe(airDefense),
				() -> Arrays.stream(UiTesting.problems(airDefense)).anyMatch(m -> !m
						.getAttribute(AlliancePlanner.MARKER_DATA, "").isEmpty()));
		UiTesting.flush(300); // the annotation model follows the markers
		int fixOffset = offsetOf("during Stage9") + "during ".length();
		ICompletionProposal[] fixes = new PlanQuickAssistProcessor().computeQuickAssistProposals(context(fixOffset));
		ICompletionProposal fix = Arrays.stream(fixes).filter(p -> p.getDisplayString().contains("Stage1")).findFirst()
				.orElseThrow(() -> new AssertionError("no quick fix to Stage1: "
						+ Arrays.stream(fixes).map(ICompletionProposal::getDisplayString).toList()));
		fix.apply(document());
		assertTrue(document().get().contains("during Stage1"));
		waitUntil("the marker is gone after the quick fix" + UiTesting.describe(airDefense),
				() -> errors(airDefense) == baselineErrors);
	}

	@Test
	void hoverShowsElementDetails() {
		int at = offsetOf("\t\tJASDF primary") + 3;
		String hover = new PlanTextHover(editor).getHoverInfo(editor.viewer(), new org.eclipse.jface.text.Region(at, 0));
		assertNotNull(hover, "a hover for the party JASDF");
		assertTrue(hover.contains("Party") && hover.contains("Japan Air Self-Defense Force"), hover);
		assertTrue(hover.contains("kind: Air Self-Defense Force"), "values in the words the plan writes: " + hover);
	}

	@Test
	void markOccurrencesHighlightsEveryUseOfAName() {
		editor.selectAndReveal(offsetOf("coordinated through BCM") + "coordinated through ".length() + 1, 0);
		waitUntil("occurrences of BCM are marked (declaration and uses)", () -> editor.occurrenceCount() >= 3);
	}

	@Test
	void toggleCommentCommentsAndUncommentsLines() throws Exception {
		int at = offsetOf("\tmilestone Review");
		editor.selectAndReveal(at, 0);
		EditorOperations.toggleComment(editor);
		assertTrue(document().get().contains("// \tmilestone Review"), "the line is commented out");
		EditorOperations.toggleComment(editor);
		assertTrue(document().get().contains("\n\tmilestone Review"), "the line is back");
		assertFalse(document().get().contains("// \tmilestone"));
	}

	@Test
	void formatIndentsThePlan() throws Exception {
		int at = offsetOf("\t\tunder SelfDefenseForcesLaw");
		List<?> before = editor.symbols();
		replace(at, 2, "       ");
		// the server rebuilt the edited text: it published diagnostics and the editor fetched new symbols
		waitUntil("the server built the edited text", () -> editor.symbols() != before);
		assertTrue(EditorOperations.format(editor), "the formatter changed the document: " + formatDirectly(document().get())
				+ " errors:" + UiTesting.describe(airDefense) + "\n" + document().get());
		assertFalse(document().get().contains("       under"), document().get());
		waitUntil("no errors after formatting" + UiTesting.describe(airDefense), () -> errors(airDefense) == baselineErrors);
	}

	@Test
	void saveGeneratesTheSummary() throws Exception {
		int at = offsetOf("\"Bilateral defense plan: air defense\"");
		replace(at + 1, "Bilateral defense plan: air defense".length(), "Air defense of Japan");
		assertTrue(project.getWorkspace().isAutoBuilding(), "the workspace builds automatically");
		assertTrue(Arrays.stream(project.getDescription().getBuildSpec())
				.anyMatch(c -> c.getBuilderName().equals(AlliancePlanner.BUILDER_ID)), "the project has the plan builder");
		editor.doSave(new NullProgressMonitor());
		IFile summary = project.getFile("generated/air-defense.md");
		waitUntil("saving generates generated/air-defense.md with the new title",
				() -> summary.exists() && read(summary).contains("Air defense of Japan"));
		assertTrue(read(summary).startsWith("<!-- Generated"), read(summary));
		// and the plan documents in the default formats (HTML and Markdown), with the new title
		IFile index = project.getFile("generated/documents/air-defense/index.html");
		IFile planDocument = project.getFile("generated/documents/air-defense/airdefense/plan.md");
		waitUntil("saving generates the plan documents under generated/documents/air-defense/",
				() -> index.exists() && project.getFile("generated/documents/air-defense/airdefense/plan.html").exists()
						&& planDocument.exists() && read(planDocument).contains("Air defense of Japan"));
		// with the real findings of the shared pipeline: the fixture's milestone is not reported to the SDC
		String document = read(planDocument);
		assertTrue(document.contains("PLAN-REPORTING") && !document.contains("were not supplied"), document);
	}

	@Test
	void goToDeclarationOpensTheOtherFile() {
		IEditorPart other = openOther();
		PlanEditor rear = (PlanEditor) other;
		waitUntil("the second file's symbols", () -> !rear.symbols().isEmpty());
		int at = rear.document().get().indexOf("coordinated through BCM") + "coordinated through ".length() + 1;
		Navigation.openDeclaration(rear, at);
		waitUntil("F3 opens air-defense.alliance at BCM", () -> page().getActiveEditor() == editor
				&& ((ITextSelection) editor.getSelectionProvider().getSelection()).getText().equals("BCM"));
	}

	private static IEditorPart openOther() {
		try {
			return IDE.openEditor(page(), rearArea, AlliancePlanner.EDITOR_ID);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private void replace(int offset, int length, String text) {
		try {
			document().replace(offset, length, text);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private IQuickAssistInvocationContext context(int offset) {
		return new IQuickAssistInvocationContext() {
			@Override
			public int getOffset() {
				return offset;
			}

			@Override
			public int getLength() {
				return 0;
			}

			@Override
			public ISourceViewer getSourceViewer() {
				return editor.viewer();
			}
		};
	}

	/** The formatter's replacements for a text, without the language server (diagnoses format failures). */
	static String formatDirectly(String text) {
		try {
			com.google.inject.Injector injector = org.allianceplanner.ui.internal.lsp.PlanLanguageServer.get()
					.languageInjector();
			org.eclipse.xtext.resource.XtextResourceSet set = injector
					.getInstance(org.eclipse.xtext.resource.XtextResourceSet.class);
			org.eclipse.xtext.resource.XtextResource resource = (org.eclipse.xtext.resource.XtextResource) set
					.createResource(org.eclipse.emf.common.util.URI.createURI("memory:/check.alliance"));
			resource.load(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
			org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess access = injector
					.getInstance(org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder.class)
					.forNodeModel(resource).create();
			org.eclipse.xtext.formatting2.FormatterRequest request = injector
					.getInstance(org.eclipse.xtext.formatting2.FormatterRequest.class).setTextRegionAccess(access);
			return "direct replacements " + injector.getInstance(org.eclipse.xtext.formatting2.IFormatter2.class)
					.format(request).size() + ", syntax errors " + resource.getErrors().size();
		} catch (Exception e) {
			return "direct formatting failed: " + e;
		}
	}

	static String read(IFile file) {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException | CoreException e) {
			return "";
		}
	}
}
