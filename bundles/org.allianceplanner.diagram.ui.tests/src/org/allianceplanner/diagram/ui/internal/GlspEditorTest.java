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

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.diagram.ui.DiagramEditors;
import org.allianceplanner.ui.AlliancePlanner;
import org.allianceplanner.ui.internal.editor.PlanEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's "Done when", in the running product with the GLSP client in the SWT browser (WebKitGTK), done the
 * user's way: every built-in diagram of the examples opens in the GLSP editor (screenshots kept); a task and a role
 * assignment are created with the palette (DOM events on the palette, the canvas, the source and the target) and
 * found in the text; Ctrl+Z pressed in the diagram (a key event in the page, and an SWT key event that the
 * workbench's key bindings take) undoes them one at a time, Ctrl+Shift+Z redoes; F2 on a selected task opens GLSP's
 * label editor and Enter renames in the text, which Ctrl+Z in the plan editor restores; a reference typed wrong in
 * the plan editor is an error marker on its task until it is fixed; Open Diagram on an Outline element opens the
 * diagram with that element selected.
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

		// Ctrl+Z pressed while the diagram has the focus: GLSP's key listener sends its undo to the server, which
		// has the editor undo the document (DiagramHost): exactly one undo, the assignment
		page().activate(editor);
		glsp.key("KeyZ", "z", true, false);
		glsp.waitUntil("Ctrl+Z in the diagram takes back the assignment", () -> document.get().equals(afterTask));
		flush(500);
		assertEquals(afterTask, document.get(), "one Ctrl+Z, one undo");
		// Ctrl+Shift+Z redoes it
		glsp.key("KeyZ", "Z", true, true);
		glsp.waitUntil("Ctrl+Shift+Z in the diagram redoes the assignment", () -> document.get().equals(afterAssignment));
		flush(500);
		assertEquals(afterAssignment, document.get(), "one Ctrl+Shift+Z, one redo");
		// a Ctrl+Z that reaches SWT (the page leaves keys it does not handle to the workbench): the editor's Undo
		// key binding, the document's undo again
		glsp.browser().setFocus();
		DiagramUi.ctrl(glsp.browser(), 'z', false);
		glsp.waitUntil("Ctrl+Z as an SWT key event takes back the assignment", () -> document.get().equals(afterTask));
		DiagramUi.ctrl(glsp.browser(), 'z', false);
		glsp.waitUntil("a second Ctrl+Z takes back the task", () -> document.get().equals(original));
		assertEquals(original, document.get(), "the text is the original, byte for byte");
		assertFalse(afterAssignment.equals(original), "the edits changed the text");
	}

	@Test
	public void f2OpensGlspsLabelEditorAndEnterRenamesInTheTextThatCtrlZInTheTextEditorRestores() throws Exception {
		DiagramEditor editor = open(defense, "Responsibility");
		GlspPage glsp = new GlspPage(editor);
		IDocument document = editor.document().document();
		String original = document.get();
		String counterAir = "Task:" + PLAN + ".CounterAirAttack";
		assertFalse(original.contains("Renamed in the diagram"));
		page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		flush(300);
		glsp.fit();
		// at full size, so that the label editor can be read in the screenshot
		glsp.dispatch("{kind: 'center', elementIds: [" + GlspPage.js(counterAir) + "], animate: false, retainZoom: false}");
		flush(400);
		// select the task, press F2: GLSP's label editor opens on its title
		glsp.clickOn(counterAir);
		glsp.waitUntil("the task is selected", () -> glsp.selected(counterAir));
		glsp.key("F2", "F2", false, false);
		glsp.waitUntil("F2 opens GLSP's label editor", () -> glsp.labelEditorText() != null);
		assertFalse(glsp.labelEditorText().isBlank(), "the editor holds the label's text");
		screenshot("glsp-label-editor.png");
		glsp.typeIntoLabelEditor("Renamed in the diagram");
		glsp.waitUntil("Enter in the label editor renames in the text",
				() -> block(document.get(), "task CounterAirAttack").contains("\"Renamed in the diagram\""));
		// the label may wrap over lines: compare without white space
		glsp.waitUntil("the diagram shows the new title", () -> {
			glsp.fit();
			return Boolean.TRUE.equals(glsp.eval("var e = document.getElementById('alliance-diagram_' + "
					+ GlspPage.js(counterAir) + "); return e !== null"
					+ " && e.textContent.replace(/\\s+/g, '').indexOf('Renamedinthediagram') >= 0;"));
		});
		screenshot("glsp-direct-edit.png");
		page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_RESTORED);

		// Ctrl+Z in the plan editor takes the diagram's edit back, byte for byte
		ITextEditor text = (ITextEditor) IDE.openEditor(page(), defense, AlliancePlanner.EDITOR_ID, true);
		StyledText widget = (StyledText) text.getAdapter(Control.class);
		widget.setFocus();
		DiagramUi.ctrl(widget, 'z', false);
		glsp.waitUntil("Ctrl+Z in the plan editor undoes the rename", () -> document.get().equals(original));
		assertEquals(original, document.get(), "byte for byte");
	}

	@Test
	public void anUnresolvedReferenceTypedInTheTextIsAnErrorMarkerOnItsTaskUntilItIsFixed() throws Exception {
		DiagramEditor editor = open(defense, "Responsibility");
		GlspPage glsp = new GlspPage(editor);
		IDocument document = editor.document().document();
		String counterAir = "Task:" + PLAN + ".CounterAirAttack";
		String original = document.get();
		assertFalse(glsp.marked(counterAir, "error"), "no error on the task before");

		// type a readiness stage that does not exist into the task, in the plan editor (stages are not drawn in this
		// diagram: the task is the innermost drawn element around the reference)
		ITextEditor text = (ITextEditor) IDE.openEditor(page(), defense, AlliancePlanner.EDITOR_ID, true);
		StyledText widget = (StyledText) text.getAdapter(Control.class);
		int at = original.indexOf("during DefenseOperations", original.indexOf("task CounterAirAttack"))
				+ "during DefenseOperations".length();
		text.selectAndReveal(at, 0);
		widget.setFocus();
		DiagramUi.type(widget, "X");
		assertTrue(block(document.get(), "task CounterAirAttack").contains("during DefenseOperationsX"), "typed into the text");

		page().activate(editor);
		page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		glsp.waitUntil("an error marker on the task with the unresolved party", () -> {
			glsp.fit();
			return glsp.marked(counterAir, "error");
		});
		glsp.dispatch("{kind: 'center', elementIds: [" + GlspPage.js(counterAir) + "], animate: false, retainZoom: false}");
		flush(400);
		screenshot("glsp-error-marker.png");
		page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_RESTORED);

		// fix it: the marker goes
		page().activate(text);
		text.selectAndReveal(at + 1, 0);
		widget.setFocus();
		DiagramUi.backspace(widget);
		assertEquals(original, document.get(), "the fix restores the text");
		page().activate(editor);
		glsp.waitUntil("the diagram is drawn from the fixed text", () -> editor.isDrawnFrom(original));
		glsp.waitUntil("the error marker on the task goes", () -> {
			glsp.fit();
			return glsp.shows(counterAir) && !glsp.marked(counterAir, "error");
		});
	}

	@Test
	public void openDiagramOnAnOutlineElementSelectsItInTheDiagram() throws Exception {
		PlanEditor text = (PlanEditor) IDE.openEditor(page(), defense, AlliancePlanner.EDITOR_ID, true);
		page().showView(IPageLayout.ID_OUTLINE);
		page().activate(text);
		DiagramUi.waitUntil("the Outline shows the plan", () -> text.outlinePage() != null
				&& !text.outlinePage().symbols().isEmpty());
		TreeViewer viewer = text.outlinePage().viewer();
		viewer.expandAll();
		TreeItem item = find(viewer.getTree().getItems(), "CounterAirAttack");
		assertNotNull(item, "the Outline lists the task CounterAirAttack");
		IViewPart outline = page().findView(IPageLayout.ID_OUTLINE);
		page().activate(outline);
		viewer.getTree().setFocus();
		viewer.setSelection(new StructuredSelection(item.getData()), true);
		flush(200);

		// the Outline's context menu: Open Diagram > Responsibility
		Menu menu = viewer.getTree().getMenu();
		assertNotNull(menu, "the Outline has a context menu");
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem open = item(menu, "Open Diagram");
		assertNotNull(open, "the context menu offers Open Diagram: " + texts(menu));
		open.getMenu().notifyListeners(SWT.Show, new Event());
		MenuItem responsibility = item(open.getMenu(), "Responsibility");
		assertNotNull(responsibility, "Open Diagram lists the diagrams that apply: " + texts(open.getMenu()));
		responsibility.notifyListeners(SWT.Selection, new Event());
		open.getMenu().notifyListeners(SWT.Hide, new Event());
		menu.notifyListeners(SWT.Hide, new Event());

		String counterAir = "Task:" + PLAN + ".CounterAirAttack";
		DiagramUi.waitUntil("the diagram opens", () -> page().getActiveEditor() instanceof DiagramEditor);
		DiagramEditor editor = (DiagramEditor) page().getActiveEditor();
		assertEquals("Responsibility", editor.diagramInput().diagram());
		GlspPage glsp = new GlspPage(editor);
		glsp.waitUntilShown("the diagram opened from the Outline");
		glsp.waitUntil("the diagram selects the Outline's task", () -> glsp.selected(counterAir));
		assertEquals(counterAir, editor.surface().highlighted());
		screenshot("glsp-outline-open-diagram.png");
	}

	private static TreeItem find(TreeItem[] items, String name) {
		for (TreeItem item : items) {
			if (item.getData() instanceof DocumentSymbol symbol && symbol.getName().equals(name)) {
				return item;
			}
			TreeItem inner = find(item.getItems(), name);
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	private static MenuItem item(Menu menu, String text) {
		for (MenuItem item : menu.getItems()) {
			if (item.getText().replace("&", "").startsWith(text)) {
				return item;
			}
		}
		return null;
	}

	private static List<String> texts(Menu menu) {
		return Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
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
