package org.allianceplanner.diagram.ui.internal;

import static org.allianceplanner.diagram.ui.internal.DiagramEditorTest.block;
import static org.allianceplanner.diagram.ui.internal.DiagramUi.flush;
import static org.allianceplanner.diagram.ui.internal.DiagramUi.page;
import static org.allianceplanner.diagram.ui.internal.DiagramUi.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.diagram.ui.DiagramEditors;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's "Done when", in the running product with the GLSP client in the SWT browser (WebKitGTK): every
 * built-in diagram of the examples opens in the GLSP editor (screenshots kept), a task and a role assignment
 * are created with the palette (DOM events on the palette, the canvas, the source and the target) and found in
 * the text, Ctrl+Z (the
 * editor's undo command) takes them back, a direct edit renames, and an error typed into the text shows as a
 * GLSP issue marker.
 */
public class GlspEditorTest {

	private static final String PLAN = "jpus.japandefense.DefenseOfJapan";

	private static IProject project;
	private static IFile defense;

	@BeforeAll
	static void createProject() throws Exception {
		project = DiagramUi.exampleProject("glsp-editor-test");
		defense = project.getFile("plans/defense-of-japan.alliance");
		assertTrue(defense.exists(), "the example defense-of-japan.alliance");
	}

	@AfterEach
	void closeEditorsWithoutSaving() {
		page().closeAllEditors(false);
		flush(100);
	}

	@Test
	public void everyBuiltInDiagramOfTheExamplesOpensInTheGlspEditor() throws Exception {
		Set<String> opened = new TreeSet<>();
		for (IFile file : DiagramUi.planFiles(project)) {
			for (String name : DiagramMenus.applicable(file)) {
				DiagramEditor editor = open(file, name);
				GlspPage glsp = new GlspPage(editor);
				page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
				flush(300);
				glsp.fit();
				for (DiagramNode node : editor.current().diagram().diagram().allNodes()) {
					glsp.waitUntil(name + " of " + file.getName() + " shows " + node.identity(),
							() -> glsp.shows(node.identity()));
				}
				// the page learns its new canvas size from the resize a moment later: fit again for the picture
				flush(700);
				glsp.fit();
				screenshot("glsp-" + file.getName().replace(".alliance", "") + "-" + name + ".png");
				page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
				opened.add(name);
				page().closeEditor(editor, false);
			}
		}
		assertEquals(new TreeSet<>(PlanDrawing.descriptionNames()), opened,
				"every built-in diagram opens on at least one example");
	}

	@Test
	public void thePaletteCreatesATaskAndARoleAssignmentAndCtrlZUndoesThem() throws Exception {
		DiagramEditor editor = open(defense, "Responsibility");
		GlspPage glsp = new GlspPage(editor);
		IDocument document = editor.document().document();
		String original = document.get();
		page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		flush(300);
		glsp.fit();

		// palette: Task, then a click on an empty point of the canvas
		glsp.waitUntil("the palette lists Task", () -> glsp.paletteLabels().contains("Task"));
		assertTrue(glsp.clickPalette("Task"), "palette entries: " + glsp.paletteLabels());
		double[] blank = glsp.blankPoint();
		assertNotNull(blank, "an empty point on the canvas");
		glsp.hover(blank);
		glsp.clickAt(blank);
		glsp.waitUntil("the palette's task is in the text", () -> !document.get().equals(original));
		String afterTask = document.get();
		String added = afterTask.substring(firstDifference(original, afterTask));
		assertTrue(added.trim().startsWith("task ") || afterTask.split("\\btask ").length > original.split("\\btask ").length,
				"a task is added to the text: " + added.substring(0, Math.min(200, added.length())));
		assertTrue(editor.isDirty(), "the diagram edit makes the document dirty");
		glsp.waitUntil("the diagram is drawn again from the new text", () -> editor.isDrawnFrom(document.get()));
		screenshot("glsp-palette-task.png");

		// palette: Assignment with a role, from the party NPA to the task RepelAttack
		String repel = "Task:" + PLAN + ".RepelAttack";
		String npa = editor.current().diagram().diagram().allNodes().stream().map(DiagramNode::identity)
				.filter(id -> id.endsWith(".NPA")).findFirst().orElseThrow();
		assertFalse(block(afterTask, "task RepelAttack").contains("NPA"), "no assignment of NPA before");
		glsp.fit();
		glsp.waitUntil("the party and the task are drawn", () -> glsp.shows(npa) && glsp.shows(repel));
		String role = "Assignment: cooperation";
		glsp.waitUntil("the palette lists " + role, () -> glsp.paletteLabels().contains(role));
		assertTrue(glsp.clickPalette(role), "palette entries: " + glsp.paletteLabels());
		glsp.clickOn(npa);
		glsp.clickOn(repel);
		glsp.waitUntil("the palette's assignment of NPA is in RepelAttack's text",
				() -> block(document.get(), "task RepelAttack").contains("NPA"));
		String afterAssignment = document.get();
		glsp.waitUntil("the diagram is drawn again from the new text", () -> editor.isDrawnFrom(document.get()));
		screenshot("glsp-palette-assignment.png");

		// Ctrl+Z in the diagram editor: the editor's undo command, one diagram edit at a time
		page().activate(editor);
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		assertEquals(afterTask, document.get(), "one undo takes back the assignment");
		handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		assertEquals(original, document.get(), "one undo takes back the task, byte for byte");
		assertFalse(afterAssignment.equals(original), "the edits changed the text");
	}

	@Test
	public void aDirectEditRenamesInTheText() throws Exception {
		DiagramEditor editor = open(defense, "Responsibility");
		GlspPage glsp = new GlspPage(editor);
		IDocument document = editor.document().document();
		String counterAir = "Task:" + PLAN + ".CounterAirAttack";
		assertFalse(document.get().contains("Renamed in the diagram"));
		// GLSP's direct edit operation, as its label edit box sends it on Enter
		glsp.dispatch("{kind: 'applyLabelEdit', labelId: " + GlspPage.js(counterAir + "#label")
				+ ", text: 'Renamed in the diagram'}");
		glsp.waitUntil("the direct edit is in the text",
				() -> block(document.get(), "task CounterAirAttack").contains("\"Renamed in the diagram\""));
		// the label may wrap over lines: compare without white space
		glsp.waitUntil("the diagram shows the new title", () -> {
			glsp.fit();
			return Boolean.TRUE.equals(glsp.eval("var e = document.getElementById('alliance-diagram_' + "
					+ GlspPage.js(counterAir) + "); return e !== null"
					+ " && e.textContent.replace(/\\s+/g, '').indexOf('Renamedinthediagram') >= 0;"));
		});
		screenshot("glsp-direct-edit.png");
	}

	@Test
	public void anErrorTypedInTheTextShowsAsAnIssueMarker() throws Exception {
		DiagramEditor editor = open(defense, "Responsibility");
		GlspPage glsp = new GlspPage(editor);
		IDocument document = editor.document().document();
		int at = document.get().indexOf("task CounterAirAttack");
		// an unassigned sea defense task breaks the Guidelines' role rules: an error marker
		document.replace(at, 0, "task Orphan \"Nobody's task\": sea defense\n\t");
		String orphan = "Task:" + PLAN + ".Orphan";
		glsp.waitUntil("the diagram shows the new task", () -> {
			glsp.fit();
			return glsp.shows(orphan);
		});
		glsp.waitUntil("an error marker on the new task", () -> Boolean.TRUE.equals(glsp.eval(
				"var e = document.getElementById('alliance-diagram_' + " + GlspPage.js(orphan + "#marker")
						+ "); return e !== null && e.querySelector('.sprotty-issue, .sprotty-error') !== null"
						+ " || (e !== null && (e.getAttribute('class') || '').indexOf('sprotty-issue') >= 0);")));
		glsp.dispatch("{kind: 'center', elementIds: [" + GlspPage.js(orphan) + "], animate: false, retainZoom: false}");
		flush(400);
		screenshot("glsp-error-marker.png");
	}

	static DiagramEditor open(IFile file, String name) throws Exception {
		DiagramEditor editor = (DiagramEditor) DiagramEditors.open(page(), file, name);
		DiagramUi.waitUntil(name + " of " + file.getName() + " is drawn", () -> editor.current() != null);
		assertNotNull(editor.current().diagram(), file.getName() + " " + name + ": " + editor.current().problem());
		assertInstanceOf(GlspSurface.class, editor.surface(), "the GLSP editor where there is a browser");
		new GlspPage(editor).waitUntilShown(name + " of " + file.getName());
		return editor;
	}

	private static int firstDifference(String a, String b) {
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return Math.max(0, b.lastIndexOf('\n', i) + 1);
	}
}
