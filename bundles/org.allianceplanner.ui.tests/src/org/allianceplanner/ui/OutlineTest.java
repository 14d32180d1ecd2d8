package org.allianceplanner.ui;

import static org.allianceplanner.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.ui.internal.editor.PlanEditor;
import org.allianceplanner.ui.internal.editor.PlanOutlinePage;
import org.allianceplanner.ui.internal.editor.QuickOutlineHandler;
import org.allianceplanner.ui.internal.outline.QuickOutlinePopup;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outline as Xtext users know it (issue 14, point 3): short names with titles, an icon per kind,
 * groups (tasks by operation), sorting and the filter box; the same tree in Quick Outline (Ctrl+O) and
 * under plan files in the Project Explorer.
 */
public class OutlineTest {

	private static IProject project;
	private static IFile airDefense;
	private PlanEditor editor;

	@BeforeAll
	static void createProject() throws CoreException {
		project = Fixtures.project("OutlineExamples");
		airDefense = project.getFile(Fixtures.AIR_DEFENSE);
	}

	@BeforeEach
	void openExample() throws CoreException {
		IWorkbenchPage page = page();
		editor = Fixtures.openRestored(page, project, airDefense);
		page.showView(IPageLayout.ID_OUTLINE);
		page.activate(editor);
		waitUntil("the Outline view shows the plan", () -> editor.outlinePage() != null
				&& labels(outline().viewer().getTree()).stream().anyMatch(l -> l.startsWith("Parties")));
	}

	@AfterEach
	void closeWithoutSaving() {
		page().closeAllEditors(false);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private PlanOutlinePage outline() {
		return editor.outlinePage();
	}

	/** The labels of the shown (expanded) rows, depth first. */
	private static List<String> labels(Tree tree) {
		List<String> labels = new ArrayList<>();
		collect(tree.getItems(), labels);
		return labels;
	}

	private static void collect(TreeItem[] items, List<String> labels) {
		for (TreeItem item : items) {
			if (item.getData() != null) {
				labels.add(item.getText());
				if (item.getExpanded()) {
					collect(item.getItems(), labels);
				}
			}
		}
	}

	private static TreeItem item(Tree tree, String labelStart) {
		TreeItem found = find(tree.getItems(), labelStart);
		assertNotNull(found, "a row starting with '" + labelStart + "' among " + labels(tree));
		return found;
	}

	private static TreeItem find(TreeItem[] items, String labelStart) {
		for (TreeItem item : items) {
			if (item.getData() != null && item.getText().startsWith(labelStart)) {
				return item;
			}
			TreeItem inner = find(item.getItems(), labelStart);
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	@Test
	void rowsShowShortNamesTitlesAndKindsUnderGroupsWithAnIconPerKind() {
		outline().viewer().expandAll();
		Tree tree = outline().viewer().getTree();
		List<String> rows = labels(tree);
		assertEquals(List.of("Parties (5)", "Areas (1)", "Legal bases (2)", "Mechanisms (1)", "Plans (1)"),
				java.util.Arrays.stream(tree.getItems()).map(TreeItem::getText).toList(), "groups in a fixed order");
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("JASDF  Japan Air Self-Defense Force : Air Self-Defense Force")),
				"name, title and kind: " + rows);
		assertTrue(rows.contains("AirDefense  Bilateral defense plan: air defense"), rows.toString());
		assertTrue(rows.contains("Stage1  Increased readiness"), rows.toString());
		assertTrue(rows.contains("Tasks (1)") && rows.contains("air defense (1)"), "tasks by operation: " + rows);
		assertTrue(rows.contains("CounterAir  Operations to counter air attack : air defense"), rows.toString());
		assertFalse(rows.stream().anyMatch(r -> r.startsWith("AirDefense.")), "no qualified names: " + rows);
		TreeItem party = item(tree, "JASDF");
		TreeItem task = item(tree, "CounterAir");
		TreeItem stage = item(tree, "Stage1");
		TreeItem plan = item(tree, "AirDefense");
		TreeItem procedure = item(tree, "Fratricide");
		TreeItem area = item(tree, "HomeIslands");
		TreeItem mechanism = item(tree, "BCM");
		List<Object> images = new ArrayList<>();
		for (TreeItem row : List.of(party, task, stage, plan, procedure, area, mechanism)) {
			assertNotNull(row.getImage(), row.getText() + " has an icon");
			images.add(row.getImage());
		}
		assertEquals(images.size(), images.stream().distinct().count(), "one icon per kind");
		UiTesting.screenshot("outline-grouped-with-icons.png");
	}

	@Test
	void sortingOrdersByNameAndUngroupingShowsTheNesting() {
		outline().viewer().expandAll();
		Tree tree = outline().viewer().getTree();
		assertEquals(List.of("JGSDF", "JMSDF", "JASDF", "USFJ", "USAF"), partyNames(tree), "file order first");
		outline().setSorted(true);
		outline().viewer().expandAll();
		assertEquals(List.of("JASDF", "JGSDF", "JMSDF", "USAF", "USFJ"), partyNames(tree), "sorted by name");
		outline().setSorted(false);
		outline().setGrouped(false);
		outline().viewer().expandAll();
		assertEquals("JGSDF", tree.getItem(0).getText().split(" ")[0], "no groups: the file's elements as they come");
		outline().setGrouped(true);
	}

	private static List<String> partyNames(Tree tree) {
		TreeItem parties = item(tree, "Parties");
		return java.util.Arrays.stream(parties.getItems()).map(i -> i.getText().split(" ")[0]).toList();
	}

	@Test
	void theFilterBoxKeepsMatchesAndWhatHoldsThem() {
		outline().setFilterText("Counter");
		Tree tree = outline().viewer().getTree();
		List<String> rows = labels(tree);
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("CounterAir")), rows.toString());
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("AirDefense")), "the plan holding it stays: " + rows);
		assertFalse(rows.stream().anyMatch(r -> r.startsWith("JASDF") || r.startsWith("Stage1")), rows.toString());
		UiTesting.screenshot("outline-filtered-counter.png");
		outline().setFilterText("readiness");
		assertTrue(labels(tree).stream().anyMatch(r -> r.startsWith("Stage1")), "titles match too: " + labels(tree));
		outline().setFilterText("");
		outline().viewer().expandAll();
		assertTrue(labels(tree).stream().anyMatch(r -> r.startsWith("JASDF")), "cleared: everything again");
	}

	@Test
	void quickOutlineFiltersAndGoesToTheElement() {
		QuickOutlinePopup popup = QuickOutlineHandler.open(editor);
		List<String> all = popup.shownLabels();
		assertTrue(all.contains("Parties (5)") && all.stream().anyMatch(l -> l.startsWith("CounterAir")), all.toString());
		popup.setFilterText("Frat");
		List<String> shown = popup.shownLabels();
		assertTrue(shown.stream().anyMatch(l -> l.startsWith("Fratricide")), shown.toString());
		assertFalse(shown.stream().anyMatch(l -> l.startsWith("JASDF")), shown.toString());
		UiTesting.flush(300);
		UiTesting.screenshot("quick-outline-filtered.png");
		if (popup.getShell() == null || popup.getShell().isDisposed()) {
			// the pop-up closes when it loses the focus, as the screenshot may make it: open it again
			popup = QuickOutlineHandler.open(editor);
			popup.setFilterText("Frat");
		}
		popup.goToSelection();
		assertTrue(popup.getShell() == null || popup.getShell().isDisposed(), "Enter closes the pop-up");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("Fratricide", selection.getText(), "Enter selects the element's name in the editor");
	}

	@Test
	void theProjectExplorerShowsPlanElementsUnderEachFile() throws CoreException {
		CommonNavigator explorer = (CommonNavigator) page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getCommonViewer().expandToLevel(airDefense, 1);
		Tree tree = explorer.getCommonViewer().getTree();
		waitUntil("the plan file shows its elements", () -> {
			explorer.getCommonViewer().expandToLevel(airDefense, 1);
			return find(tree.getItems(), "Parties (5)") != null;
		});
		explorer.getCommonViewer().expandToLevel(airDefense, 3);
		TreeItem plans = item(tree, "Plans (1)");
		List<String> groups = java.util.Arrays.stream(plans.getParentItem().getItems()).map(TreeItem::getText).toList();
		assertEquals(List.of("Parties (5)", "Areas (1)", "Legal bases (2)", "Mechanisms (1)", "Plans (1)"), groups,
				"the outline's order, not the explorer's alphabetical one");
		assertEquals("air-defense.alliance", plans.getParentItem().getText().split(" ")[0], "under the file");
		TreeItem party = item(tree, "JASDF");
		assertNotNull(party.getImage(), "with the kind's icon");
		UiTesting.screenshot("project-explorer-plan-elements.png");
	}
}
