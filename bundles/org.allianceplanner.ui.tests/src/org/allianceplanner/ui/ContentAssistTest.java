package org.allianceplanner.ui;

import static org.allianceplanner.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.allianceplanner.dsl.conversion.Phrases;
import org.allianceplanner.ui.internal.editor.PlanCompletionProcessor;
import org.allianceplanner.ui.internal.editor.PlanEditor;
import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Content assist in the plan editor (issue 14, point 1): the 37 task kinds after a task's colon, each with what
 * it is and its Guidelines clause, in the popup that Content Assist opens; the command in the Edit menu and the
 * editor's context menu.
 */
public class ContentAssistTest {

	private static IProject project;
	private PlanEditor editor;

	@BeforeAll
	static void createProject() throws CoreException {
		project = Fixtures.project("ContentAssist");
	}

	@BeforeEach
	void openExample() throws CoreException {
		IWorkbenchPage page = page();
		editor = Fixtures.openRestored(page, project, project.getFile(Fixtures.AIR_DEFENSE));
		waitUntil("the build is done", () -> Job.getJobManager().isIdle());
	}

	@AfterEach
	void close() {
		page().closeAllEditors(false);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private IDocument document() {
		return editor.document();
	}

	/** Types a new task up to its colon before the milestone; returns the offset after it. */
	private int newTaskUpToTheColon() throws Exception {
		String line = "\ttask Ports \"Protect the ports\": ";
		int at = document().get().indexOf("\tmilestone Review");
		assertTrue(at >= 0, "the example has a milestone");
		document().replace(at, 0, line + "\n");
		editor.selectAndReveal(at + line.length(), 0);
		return at + line.length();
	}

	@Test
	void everyTaskKindIsProposedWithItsDescriptionAndClause() throws Exception {
		int offset = newTaskUpToTheColon();
		ICompletionProposal[] proposals = new PlanCompletionProcessor(editor).computeCompletionProposals(editor.viewer(),
				offset);
		List<String> shown = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		for (String kind : Phrases.byRule().get("TaskKind").values()) {
			assertTrue(shown.stream().anyMatch(s -> s.equals(kind) || s.startsWith(kind + " - ")), kind + " in " + shown);
		}
		assertTrue(shown.contains("protection of ports and straits - Protection of major ports and straits in Japan (IV.2(2)b)."),
				shown.toString());
		ICompletionProposal ports = Arrays.stream(proposals)
				.filter(p -> p.getDisplayString().startsWith("protection of ports and straits")).findFirst().orElseThrow();
		ports.apply(document());
		assertTrue(document().get().contains("\"Protect the ports\": protection of ports and straits\n"), document().get());
	}

	@Test
	void contentAssistOpensThePopupOfTaskKinds() throws Exception {
		newTaskUpToTheColon();
		IAction contentAssist = editor.getAction(ITextEditorActionConstants.CONTENT_ASSIST);
		assertNotNull(contentAssist, "the editor has a Content Assist action");
		Shell workbench = UiTesting.shell();
		workbench.setSize(1280, 860);
		contentAssist.run();
		waitUntil("the proposal popup lists the task kinds", () -> proposalTable() != null
				&& proposalTable().getItemCount() >= Phrases.byRule().get("TaskKind").size());
		UiTesting.screenshot("completion-task-kinds.png");
		UiTesting.key(editor.viewer().getTextWidget(), (char) SWT.ESC, SWT.ESC);
	}

	/** The table of a visible popup shell (the content assist proposals), if any. */
	private static Table proposalTable() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.isVisible() && shell != UiTesting.shell()) {
				Table table = find(shell, Table.class);
				if (table != null) {
					return table;
				}
			}
		}
		return null;
	}

	static <T extends Control> T find(Control control, Class<T> type) {
		if (type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
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
	void contentAssistIsInTheEditMenuAndTheContextMenu() {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class)
				.getCommand(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		UiTesting.flush(300);
		assertTrue(command.isHandled() && command.isEnabled(), "Content Assist (Ctrl+Space) works in the plan editor");
		Menu bar = UiTesting.shell().getMenuBar();
		MenuItem edit = Arrays.stream(bar.getItems()).filter(i -> plain(i.getText()).equals("Edit")).findFirst()
				.orElseThrow(() -> new AssertionError("no Edit menu"));
		List<String> editItems = items(edit.getMenu());
		assertTrue(editItems.contains("Content Assist"), "Edit menu: " + editItems);
		Menu context = editor.viewer().getTextWidget().getMenu();
		List<String> contextItems = items(context);
		assertTrue(contextItems.contains("Content Assist"), "context menu: " + contextItems);
	}

	/** The items of a menu as shown (it is filled when it opens), without mnemonics and key bindings. */
	private static List<String> items(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		UiTesting.flush(200);
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			texts.add(plain(item.getText()));
		}
		menu.notifyListeners(SWT.Hide, new Event());
		return texts;
	}

	private static String plain(String text) {
		int tab = text.indexOf('\t');
		return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "").trim();
	}
}
