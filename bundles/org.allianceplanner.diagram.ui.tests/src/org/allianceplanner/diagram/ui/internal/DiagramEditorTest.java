package org.allianceplanner.diagram.ui.internal;

import static org.allianceplanner.diagram.ui.internal.DiagramUi.flush;
import static org.allianceplanner.diagram.ui.internal.DiagramUi.page;
import static org.allianceplanner.diagram.ui.internal.DiagramUi.screenshot;
import static org.allianceplanner.diagram.ui.internal.DiagramUi.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.allianceplanner.diagram.edit.CreateAssignment;
import org.allianceplanner.diagram.edit.CreateTask;
import org.allianceplanner.diagram.edit.EditTitle;
import org.allianceplanner.diagram.edit.PlanEdit;
import org.allianceplanner.diagram.render.DiagramFormat;
import org.allianceplanner.diagram.ui.DiagramEditors;
import org.allianceplanner.diagram.ui.internal.ElementRanges.Range;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.ui.PlanLanguage;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The diagram editor in the running product, with the GLSP client in the browser: a click selects the text and the
 * caret marks the element, palette edits (the edit operations the server's palette runs) go
 * into the text as one undoable change each and Ctrl+Z takes them back byte for byte, a direct edit renames, and
 * export writes the core's SVG and PNG.
 */
public class DiagramEditorTest {

	private static final String PLAN = "jpus.japandefense.DefenseOfJapan";

	private static IProject project;
	private static IFile defense;

	@BeforeAll
	static void createProject() throws Exception {
		project = DiagramUi.exampleProject("diagram-editor-test");
		defense = project.getFile("plans/defense-of-japan.alliance");
		assertTrue(defense.exists(), "the example defense-of-japan.alliance");
	}

	@AfterEach
	void closeEditorsWithoutSaving() {
		page().closeAllEditors(false);
		flush(100);
	}

	@Test
	public void clickSelectsTheTextAndTheCaretMarksTheElement() throws Exception {
		ITextEditor text = (ITextEditor) IDE.openEditor(page(), defense);
		DiagramEditor editor = open(defense, "Responsibility");
		String counterAir = "Task:" + PLAN + ".CounterAirAttack";
		Range range = editor.current().ranges().range(counterAir).orElseThrow();

		GlspPage glsp = new GlspPage(editor);
		glsp.fit();
		glsp.clickOn(counterAir);
		waitUntil("the click on CounterAirAttack selects its text", () -> selection(text).getOffset() == range.offset()
				&& selection(text).getLength() == range.length());
		assertTrue(selection(text).getText().startsWith("task CounterAirAttack"), selection(text).getText());

		page().closeEditor(text, false);
		glsp.fit();
		glsp.doubleClickOn(counterAir);
		waitUntil("the double-click opens the plan editor on CounterAirAttack",
				() -> page().getActiveEditor() instanceof ITextEditor opened
						&& selection(opened).getOffset() == range.offset());
		ITextEditor reopened = (ITextEditor) page().getActiveEditor();

		int inRepel = reopened.getDocumentProvider().getDocument(reopened.getEditorInput()).get().indexOf("task RepelAttack") + 5;
		reopened.selectAndReveal(inRepel, 0);
		page().activate(editor); // the plan editor opened over the diagram: bring the diagram to the front
		String repel = "Task:" + PLAN + ".RepelAttack";
		glsp.waitUntil("the caret in RepelAttack marks it in the diagram",
				() -> repel.equals(editor.surface().highlighted()) && glsp.selected(repel));
		assertEquals(inRepel, selection(reopened).getOffset(), "the diagram's selection leaves the caret where it is");
		screenshot("sync-caret-marks-RepelAttack.png");
	}

	@Test
	public void paletteEditsGoIntoTheTextAsOneUndoableChangeEach() throws Exception {
		ITextEditor text = (ITextEditor) IDE.openEditor(page(), defense);
		DiagramEditor editor = open(defense, "Responsibility");
		IDocument document = editor.document().document();
		String original = document.get();

		// palette: Task
		Plan plan = plan(editor, document);
		editor.apply(PlanLanguage.injector().getInstance(CreateTask.class).create(plan, "DiagramTask",
				TaskKind.AIR_DEFENSE, "Task drawn in the diagram", null));
		String afterTask = document.get();
		assertTrue(afterTask.contains("task DiagramTask \"Task drawn in the diagram\""), "the task is in the text");
		assertTrue(text.isDirty(), "the plan editor shares the dirty document");
		String task = "Task:" + PLAN + ".DiagramTask";
		waitUntil("the diagram shows the new task", () -> hasNode(editor, task));

		// palette: Assignment (party to task, with the role)
		plan = plan(editor, document);
		Task repel = find(plan, Task.class, "RepelAttack");
		Party npa = find(plan, Party.class, "NPA");
		editor.apply(PlanLanguage.injector().getInstance(CreateAssignment.class).create(npa, repel,
				RoleKind.COOPERATION));
		String afterAssignment = document.get();
		assertFalse(block(afterTask, "task RepelAttack").contains("NPA"), "no assignment of NPA before");
		assertTrue(block(afterAssignment, "task RepelAttack").contains("NPA"),
				"the assignment is in the task's text: " + block(afterAssignment, "task RepelAttack"));
		String repelId = "Task:" + PLAN + ".RepelAttack";
		waitUntil("the diagram shows the role edge", () -> editor.current().diagram() != null
				&& editor.current().diagram().diagram().edges().stream().anyMatch(e -> e.targetIdentity().equals(repelId)
						&& e.sourceIdentity().endsWith(".NPA")));

		// direct edit of the title
		plan = plan(editor, document);
		editor.apply(PlanLanguage.injector().getInstance(EditTitle.class)
				.edit(find(plan, Task.class, "DiagramTask"), "Renamed in the diagram"));
		assertTrue(document.get().contains("task DiagramTask \"Renamed in the diagram\""), "the title changed");
		waitUntil("the diagram shows the new title", () -> hasNode(editor, task) && editor.current().diagram()
				.diagram().node(task).orElseThrow().label().equals("Renamed in the diagram"));
		screenshot("palette-task-and-assignment.png");

		// Ctrl+Z in the diagram editor: the editor's undo handler, one diagram edit at a time
		page().activate(editor);
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		assertEquals(afterAssignment, document.get(), "one undo takes back the title edit");
		handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		assertEquals(afterTask, document.get(), "one undo takes back the assignment");
		handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		assertEquals(original, document.get(), "one undo takes back the task, byte for byte");
		waitUntil("the diagram drops the task again", () -> editor.current().diagram() != null
				&& editor.current().diagram().diagram().node(task).isEmpty());
	}

	@Test
	public void anEditOnAChangedTextIsRefused() throws Exception {
		DiagramEditor editor = open(defense, "Responsibility");
		IDocument document = editor.document().document();
		PlanEdit edit = PlanLanguage.injector().getInstance(CreateTask.class).create(plan(editor, document), "Late",
				TaskKind.AIR_DEFENSE, null, null);
		document.replace(0, 0, "// typed before the diagram was drawn again\n");
		String typed = document.get();
		DocumentPlanTexts.RefusedEdit refused = org.junit.jupiter.api.Assertions
				.assertThrows(DocumentPlanTexts.RefusedEdit.class, () -> editor.apply(edit));
		assertTrue(refused.getMessage().contains("changed since the diagram was drawn"), refused.getMessage());
		assertEquals(typed, document.get(), "nothing applied");
	}

	@Test
	public void exportWritesTheCoresSvgAndPng() throws Exception {
		DiagramEditor editor = open(defense, "ReadinessStages");
		Path folder = Files.createTempDirectory("diagram-export");
		Path svg = folder.resolve("readiness-stages.svg");
		Path png = folder.resolve("readiness-stages.png");
		editor.export(DiagramFormat.SVG, svg);
		editor.export(DiagramFormat.PNG, png);
		assertEquals(editor.current().diagram().svg(), Files.readString(svg, StandardCharsets.UTF_8));
		assertArrayEquals(editor.current().diagram().png(), Files.readAllBytes(png));
		assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("Heightened vigilance"),
				"the readiness stages are drawn");
	}

	@Test
	public void menusAndOpenWithOpenTheDiagrams() throws Exception {
		ITextEditor text = (ITextEditor) IDE.openEditor(page(), defense);
		page().activate(text);
		assertEquals(defense, DiagramMenus.currentPlanFile(), "the plan editor's file");
		List<String> applicable = DiagramMenus.applicable(defense);
		assertTrue(applicable.contains("Responsibility") && applicable.contains("ReadinessStages"), applicable.toString());

		ICommandService commands = page().getWorkbenchWindow().getService(ICommandService.class);
		ParameterizedCommand open = ParameterizedCommand.generateCommand(
				commands.getCommand(DiagramEditors.OPEN_COMMAND), Map.of(DiagramEditors.DIAGRAM_PARAMETER, "ReadinessStages"));
		page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(open, null);
		assertTrue(page().getActiveEditor() instanceof DiagramEditor diagram
				&& diagram.diagramInput().diagram().equals("ReadinessStages"), "Open Diagram > Readiness Stages");

		// as Open With does: the diagram editor even though the plan editor has the same input
		IEditorPart openWith = page().openEditor(new FileEditorInput(defense), DiagramEditors.EDITOR_ID, true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		assertTrue(openWith instanceof DiagramEditor, "Open With > Diagram");
		assertEquals(applicable.get(0), ((DiagramEditor) openWith).diagramInput().diagram(),
				"Open With shows the plan's first diagram");
	}

	// ------------------------------------------------------------------------------------------------ helpers

	static DiagramEditor open(IFile file, String name) throws Exception {
		return GlspEditorTest.open(file, name);
	}

	/** Whether the drawing has the node and the GLSP client draws it (fitted into view: no element is culled). */
	static boolean hasNode(DiagramEditor editor, String id) {
		if (editor.current().diagram() == null || editor.current().diagram().diagram().node(id).isEmpty()) {
			return false;
		}
		GlspPage glsp = new GlspPage(editor);
		glsp.fit();
		return glsp.shows(id);
	}

	static ITextSelection selection(ITextEditor editor) {
		return (ITextSelection) editor.getSelectionProvider().getSelection();
	}

	/** The plan of the document's current text, as the diagram server gives it to the edit operations. */
	static Plan plan(DiagramEditor editor, IDocument document) throws Exception {
		waitUntil("the diagram is drawn from the current text", () -> editor.isDrawnFrom(document.get()));
		PlanModel model = new PlanDrawing(w -> {
		}).model(editor.diagramInput().file().getLocation().toFile().toPath(), document.get());
		return model.getPlans().get(0);
	}

	/** The text of the element starting with {@code start}, up to its closing brace. */
	static String block(String text, String start) {
		String rest = text.substring(text.indexOf(start));
		return rest.substring(0, rest.indexOf('}') + 1);
	}

	static <T extends EObject> T find(EObject context, Class<T> type, String name) {
		for (var resource : context.eResource().getResourceSet().getResources()) {
			for (var it = EcoreUtil.<EObject>getAllContents(resource, true); it.hasNext();) {
				EObject o = it.next();
				var feature = o.eClass().getEStructuralFeature("name");
				if (type.isInstance(o) && feature != null && name.equals(o.eGet(feature))) {
					return type.cast(o);
				}
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " " + name);
	}
}
