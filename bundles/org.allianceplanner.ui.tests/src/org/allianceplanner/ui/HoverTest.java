package org.allianceplanner.ui;

import static org.allianceplanner.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.allianceplanner.ui.internal.editor.HoverControls;
import org.allianceplanner.ui.internal.editor.PlanEditor;
import org.allianceplanner.ui.internal.editor.PlanTextHover;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlExtension5;
import org.eclipse.jface.text.Region;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plan editor's hover (issue 14, point 5): every problem at the spot, text that wraps at the hover's width,
 * and F2 for the focused hover that scrolls, as in Eclipse's Java editor.
 */
public class HoverTest {

	private static IProject project;
	private PlanEditor editor;
	private IFile file;

	@BeforeAll
	static void createProject() throws CoreException {
		project = Fixtures.project("Hovers");
	}

	@BeforeEach
	void openExample() throws CoreException {
		IWorkbenchPage page = page();
		file = project.getFile(Fixtures.AIR_DEFENSE);
		editor = Fixtures.openRestored(page, project, file);
		waitUntil("the build is done", () -> Job.getJobManager().isIdle());
	}

	@AfterEach
	void close() {
		page().closeAllEditors(false);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/**
	 * U.S. Forces in primary responsibility of air defense: two findings of ROLE-AIR-DEFENSE at "primary" (the
	 * assignment's role and the task's assignments). Returns the offset of "primary".
	 */
	private int twoProblemsAtOneSpot() throws Exception {
		int at = editor.document().get().indexOf("\t\tJASDF primary responsibility");
		assertTrue(at >= 0, "the example assigns JASDF primary responsibility");
		editor.document().replace(at + 2, "JASDF".length(), "USFJ");
		waitUntil("two problems on the assignment" + UiTesting.describe(file), () -> Arrays.stream(UiTesting.problems(file))
				.filter(m -> m.getAttribute(IMarker.MESSAGE, "").startsWith("[ROLE-AIR-DEFENSE]")).count() >= 2);
		UiTesting.flush(500); // the annotation model follows the markers
		return editor.document().get().indexOf("USFJ primary responsibility") + "USFJ ".length() + 2;
	}

	@Test
	void theHoverShowsEveryProblemAtTheSpot() throws Exception {
		int primary = twoProblemsAtOneSpot();
		String hover = new PlanTextHover(editor).getHoverInfo(editor.viewer(), new Region(primary, 0));
		assertNotNull(hover);
		assertTrue(hover.contains("USFJ holds primary responsibility"), hover);
		assertTrue(hover.contains("has no Self-Defense Forces party with primary responsibility"), hover);
	}

	@Test
	void theHoverWrapsAtItsWidthAndOffersTheFocusedHoverThatScrolls() {
		IInformationControl hover = new PlanTextHover(editor).getHoverControlCreator()
				.createInformationControl(UiTesting.shell());
		try {
			String longLine = "word ".repeat(400);
			hover.setSizeConstraints(600, 300);
			hover.setInformation(longLine);
			Point size = hover.computeSizeHint();
			assertTrue(size.x <= 600, "the text wraps at the hover's width: " + size);
			assertTrue(hover instanceof IInformationControlExtension5 enriched
					&& enriched.getInformationPresenterControlCreator() != null, "the hover can become the focused one");
			IInformationControl focused = ((IInformationControlExtension5) hover).getInformationPresenterControlCreator()
					.createInformationControl(UiTesting.shell());
			focused.setInformation(longLine);
			focused.setSize(400, 200);
			focused.setVisible(true);
			StyledText text = visibleText(null);
			assertNotNull(text, "the focused hover is shown");
			assertTrue((text.getStyle() & SWT.V_SCROLL) != 0 && text.getVerticalBar() != null, "the focused hover scrolls");
			focused.dispose();
		} finally {
			hover.dispose();
		}
		assertTrue(HoverControls.WIDTH_CHARS <= 120, "a sensible width");
	}

	@Test
	void f2ShowsTheFocusedHoverThatScrolls() throws Exception {
		int primary = twoProblemsAtOneSpot();
		Shell workbench = UiTesting.shell();
		workbench.setSize(1280, 860);
		editor.selectAndReveal(primary, 0);
		editor.setFocus();
		IAction showInformation = editor.getAction(ITextEditorActionConstants.SHOW_INFORMATION);
		assertNotNull(showInformation, "F2 (Show Tooltip Description) is an action of the editor");
		showInformation.run();
		waitUntil("F2 shows the problems in a focused hover", () -> {
			StyledText text = visibleText(workbench);
			return text != null && text.getText().contains("USFJ holds primary responsibility")
					&& Display.getCurrent().getFocusControl() == text;
		});
		StyledText text = visibleText(workbench);
		assertTrue((text.getStyle() & SWT.V_SCROLL) != 0, "the focused hover scrolls");
		assertTrue(text.getText().contains("has no Self-Defense Forces party"), "both problems: " + text.getText());
		assertTrue(text.getText().contains("\n----\n"), "the problems stand in paragraphs of their own: " + text.getText());
		UiTesting.screenshot("hover-f2-focused-scrollable.png");
	}

	/** The text of a visible shell other than the workbench window (an information control), if any. */
	private static StyledText visibleText(Shell except) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.isVisible() && shell != except && shell != UiTesting.shell()) {
				StyledText text = ContentAssistTest.find(shell, StyledText.class);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	static boolean contains(Control control, Control part) {
		for (Control c = part; c != null; c = c.getParent()) {
			if (c == control) {
				return true;
			}
		}
		return false;
	}
}
