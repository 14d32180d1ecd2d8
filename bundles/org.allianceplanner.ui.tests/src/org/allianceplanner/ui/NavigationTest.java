package org.allianceplanner.ui;

import static org.allianceplanner.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.allianceplanner.dsl.ide.symbol.PlanElementEntry;
import org.allianceplanner.dsl.ide.symbol.PlanSymbolKinds;
import org.allianceplanner.ui.internal.editor.PlanEditor;
import org.allianceplanner.ui.internal.editor.PlanEditorHandler;
import org.allianceplanner.ui.internal.lsp.FileUris;
import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.allianceplanner.ui.internal.navigation.OpenPlanElementDialog;
import org.allianceplanner.ui.internal.navigation.OpenPlanElementHandler;
import org.allianceplanner.ui.internal.navigation.PlanElements;
import org.allianceplanner.ui.internal.search.PlanElementQuery;
import org.allianceplanner.ui.internal.search.PlanElementSearchPage;
import org.allianceplanner.ui.internal.search.PlanSearchResultPage;
import org.allianceplanner.ui.internal.search.ReferencesQuery;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResultViewPart;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Navigation across the workspace (issue 14, point 6): Find References in the Search view, Open Plan
 * Element, Search > Plan Elements.
 */
public class NavigationTest {

	private static IProject project;
	private static IFile airDefense;
	private static IFile rearArea;

	@BeforeAll
	static void createProject() throws CoreException {
		project = Fixtures.project("NavigationExamples");
		airDefense = project.getFile(Fixtures.AIR_DEFENSE);
		rearArea = project.getFile(Fixtures.REAR_AREA);
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static PlanEditor openAirDefense() throws CoreException {
		PlanEditor editor = (PlanEditor) IDE.openEditor(page(), airDefense, AlliancePlanner.EDITOR_ID);
		for (IFile file : List.of(airDefense, rearArea)) {
			waitUntil("the language server checked " + file.getFullPath(),
					() -> PlanLanguageServer.get().hasDiagnostics(FileUris.of(file)));
		}
		return editor;
	}

	private static void runAndWait(ISearchQuery query) {
		NewSearchUI.runQueryInBackground(query);
		UiTesting.flush(100);
		waitUntil("the search " + query.getLabel() + " is done", () -> !NewSearchUI.isQueryRunning(query));
		UiTesting.flush(300);
	}

	/** The Search view's rows: each file and, under it, its lines. */
	private static List<String> searchRows() {
		ISearchResultViewPart view = NewSearchUI.getSearchResultView();
		assertTrue(view.getActivePage() instanceof PlanSearchResultPage, "the plan search page shows the result");
		Tree tree = find(view.getActivePage().getControl(), Tree.class);
		waitUntil("the Search view lists the result", () -> tree.getItemCount() > 0);
		List<String> rows = new ArrayList<>();
		for (TreeItem file : tree.getItems()) {
			file.setExpanded(true);
			UiTesting.flush(50);
			rows.add(file.getText());
			for (TreeItem line : file.getItems()) {
				rows.add("  " + line.getText());
			}
		}
		return rows;
	}

	private static <T extends Control> T find(Control control, Class<T> type) {
		if (type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void findReferencesListsTheLinesInTheSearchViewByFileAndLine() throws CoreException {
		PlanEditor editor = openAirDefense();
		int declaration = editor.document().get().indexOf("party JMSDF") + "party J".length();
		ReferencesQuery query = PlanEditorHandler.findReferences(editor, declaration); // runs it
		UiTesting.flush(100);
		waitUntil("the references search is done", () -> !NewSearchUI.isQueryRunning(query));
		AbstractTextSearchResult result = (AbstractTextSearchResult) query.getSearchResult();
		assertTrue(result.getMatchCount() >= 3, "declaration and uses in both files: " + result.getMatchCount());
		assertEquals(result.getMatchCount(), java.util.Arrays.stream(result.getElements())
				.mapToInt(e -> result.getMatches(e).length).sum());
		NewSearchUI.activateSearchResultView();
		List<String> rows = searchRows();
		int airFile = indexOf(rows, "air-defense.alliance");
		int rearFile = indexOf(rows, "rear-area-support.alliance");
		assertTrue(airFile >= 0 && rearFile > airFile, "files sorted by path: " + rows);
		assertTrue(rows.contains("  5: party JMSDF \"Japan Maritime Self-Defense Force\" : Maritime Self-Defense Force for Japan"),
				"the declaration's line with its number and text: " + rows);
		assertTrue(rows.stream().anyMatch(r -> r.matches("  \\d+: involves JGSDF, JMSDF, JASDF, USFJ")), rows.toString());
		List<Integer> airLines = new ArrayList<>();
		for (int i = airFile + 1; i < rows.size() && rows.get(i).startsWith("  "); i++) {
			airLines.add(Integer.parseInt(rows.get(i).strip().split(":")[0]));
		}
		assertEquals(airLines.stream().sorted().toList(), airLines, "lines in order");
		assertTrue(rows.get(airFile).endsWith("(2 matches)"), "the declaration and one use: " + rows.get(airFile));
		UiTesting.screenshot("search-view-references.png");
	}

	/** The rows of this test's project (other tests' projects are in the workspace too, edited as they left them). */
	private static List<String> ofThisProject(List<String> rows) {
		List<String> mine = new ArrayList<>();
		boolean inside = false;
		for (String row : rows) {
			if (!row.startsWith("  ")) {
				inside = row.contains(" - " + project.getName() + "/");
			}
			if (inside) {
				mine.add(row);
			}
		}
		assertFalse(mine.isEmpty(), "this project's files are in the result: " + rows);
		return mine;
	}

	private static int indexOf(List<String> rows, String start) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).startsWith(start)) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void openPlanElementListsMatchingElementsAndOpensTheChosenOne() throws Exception {
		openAirDefense();
		PlanLanguageServer server = PlanLanguageServer.get();
		List<PlanElementEntry> elements = PlanElements.all(server).get();
		assertTrue(elements.stream().anyMatch(e -> e.name().equals("CounterAir") && e.kind() == PlanSymbolKinds.TASK),
				"the index lists the task");
		Shell shell = UiTesting.shell();
		OpenPlanElementDialog dialog = new OpenPlanElementDialog(shell, elements);
		dialog.setBlockOnOpen(false);
		dialog.setInitialPattern("CoA");
		dialog.open();
		try {
			Table table = find(dialog.getShell(), Table.class);
			waitUntil("the dialog lists CounterAir", () -> rows(table).stream().anyMatch(r -> r.startsWith("CounterAir")));
			List<String> rows = rows(table);
			assertFalse(rows.stream().anyMatch(r -> r.startsWith("JASDF")), "only matches: " + rows);
			assertTrue(rows.stream().anyMatch(r -> r.startsWith("CounterAir - ") && r.endsWith("task")),
					"name, qualifier and kind: " + rows);
			assertTrue(table.getItem(0).getImage() != null, "with the kind's icon");
			UiTesting.screenshot("open-plan-element.png");
		} finally {
			dialog.close();
		}
		PlanElementEntry counterAir = elements.stream()
				.filter(e -> e.name().equals("CounterAir") && e.resourceUri().equals(FileUris.of(airDefense)))
				.findFirst().orElseThrow();
		page().closeAllEditors(false);
		OpenPlanElementHandler.open(server, counterAir);
		waitUntil("the task opens in the plan editor", () -> page().getActiveEditor() instanceof PlanEditor editor
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection
				&& "CounterAir".equals(selection.getText()));
	}

	private static List<String> rows(Table table) {
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getData() instanceof PlanElementEntry) {
				rows.add(item.getText());
			}
		}
		return rows;
	}

	@Test
	void searchForPlanElementsByNameAndKind() throws CoreException {
		openAirDefense();
		Shell shell = new Shell(UiTesting.shell(), SWT.NONE);
		PlanElementQuery query;
		try {
			PlanElementSearchPage searchPage = new PlanElementSearchPage();
			searchPage.createControl(shell);
			searchPage.set("Stage*", EnumSet.of(PlanSymbolKinds.READINESS_STAGE));
			query = searchPage.query();
		} finally {
			shell.dispose();
		}
		runAndWait(query);
		NewSearchUI.activateSearchResultView();
		List<String> rows = ofThisProject(searchRows());
		assertTrue(rows.stream().anyMatch(r -> r.contains("readiness stage Stage1 \"Increased readiness\"")), rows.toString());
		assertTrue(rows.stream().filter(r -> r.startsWith("  ")).allMatch(r -> r.contains("readiness stage")),
				"only readiness stages: " + rows);
		UiTesting.screenshot("search-plan-elements-stages.png");

		PlanElementQuery parties = new PlanElementQuery("US*", EnumSet.of(PlanSymbolKinds.PARTY));
		runAndWait(parties);
		List<String> partyRows = ofThisProject(searchRows());
		assertTrue(partyRows.stream().anyMatch(r -> r.contains("party USFJ")), partyRows.toString());
		assertTrue(partyRows.stream().filter(r -> r.startsWith("  ")).allMatch(r -> r.contains("party US")),
				"only parties named US...: " + partyRows);
		assertTrue(new PlanElementQuery("US*", EnumSet.of(PlanSymbolKinds.TASK))
				.select(PlanElements.all(PlanLanguageServer.get()).join()).isEmpty(), "no task is named US...");
	}
}
