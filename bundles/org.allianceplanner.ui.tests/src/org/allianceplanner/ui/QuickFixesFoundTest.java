package org.allianceplanner.ui;

import static org.allianceplanner.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.allianceplanner.ui.internal.editor.DiagnosticExplanations;
import org.allianceplanner.ui.internal.editor.PlanEditor;
import org.allianceplanner.ui.internal.editor.PlanQuickAssistProcessor;
import org.allianceplanner.ui.internal.editor.PlanTextHover;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Quick fixes that are found (issue 14, point 4): Ctrl+1 anywhere on a marked range (or on its line), Quick Fix
 * from the Problems view (marker resolutions, the same fixes), the problem hover saying a fix is there, and a fix
 * that never leaves the same line twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class QuickFixesFoundTest {

	private static final String RULE = "ROLE-AIR-DEFENSE";
	private static final String FIX = "Change the role of USAF to support";

	private static IFile plan;
	private static PlanEditor editor;

	@BeforeAll
	static void openPlan() throws CoreException {
		IProject project = Fixtures.project("QuickFixesFound");
		plan = project.getFile(Fixtures.AIR_DEFENSE);
		open();
		waitUntil("the build and the marker writer are done", () -> Job.getJobManager().isIdle());
	}

	@AfterAll
	static void close() {
		page().closeAllEditors(false);
	}

	@Test
	@Order(1)
	void ctrl1OffersTheFixAnywhereOnTheMarkedRangeAndItsLine() {
		int at = offsetOf("USAF support") + "USAF ".length();
		editor.selectAndReveal(at, "support".length());
		UiTesting.type(editor.viewer().getTextWidget(), "primary responsibility");
		awaitMarker(RULE);
		settle();
		IMarker marker = awaitMarker(RULE); // read now: the marker writer may have replaced an earlier handle
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		assertTrue(start >= 0 && end > start + 2, "a marked range" + UiTesting.describe(plan));

		// the annotation model follows the markers asynchronously: wait for the fix at each spot
		for (int offset : new int[] { start, (start + end) / 2, end - 1, end }) {
			waitUntil("the fix at " + offset + " of " + start + ".." + end, () -> labels(offset, 0).contains(FIX));
		}
		int lineStart = document().get().lastIndexOf('\n', start) + 1;
		assertTrue(labels(lineStart, 0).contains(FIX), "on the problem's line, before the range: " + labels(lineStart, 0));
		assertTrue(labels(lineStart, start - lineStart + 2).contains(FIX), "a selection reaching into the range");
		assertEquals(List.of(), labels(0, 0), "a comment line without problems has no fix");

		editor.selectAndReveal((start + end) / 2, 0);
		((ITextOperationTarget) editor.viewer()).doOperation(ISourceViewer.QUICK_ASSIST);
		UiTesting.screenshot("quick-fix-ctrl1-inside-marked-range.png");
		UiTesting.key(editor.viewer().getTextWidget(), (char) SWT.ESC, SWT.ESC);
	}

	@Test
	@Order(2)
	void theProblemHoverSaysAFixIsAvailable() {
		settle();
		waitUntil("the problem's explanation says a fix is available" + UiTesting.describe(plan),
				() -> DiagnosticExplanations.explain(awaitMarker(RULE)).contains(DiagnosticExplanations.FIX_AVAILABLE));
		int start = awaitMarker(RULE).getAttribute(IMarker.CHAR_START, -1);
		waitUntil("the hover at the problem says a fix is available", () -> {
			String hover = new PlanTextHover(editor).getHoverInfo(editor.viewer(), new Region(start + 1, 0));
			return hover != null && hover.contains("Quick fix available: press Ctrl+1");
		});
	}

	@Test
	@Order(3)
	void problemsViewQuickFixOffersAndAppliesTheSameFixesToAClosedFile() throws Exception {
		editor.doSave(null);
		page().closeAllEditors(false);
		waitUntil("the saved file's " + RULE + " marker" + UiTesting.describe(plan), () -> !markers(RULE).isEmpty());
		org.eclipse.ui.IViewPart problems = page().showView(IPageLayout.ID_PROBLEM_VIEW);
		UiTesting.flush(1500); // the view refreshes after a delay
		expandErrors(problems.getSite().getShell());
		UiTesting.screenshot("quick-fix-problems-view-marker.png");

		IMarker marker = awaitMarker(RULE);
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker), "Quick Fix is enabled on the marker");
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
		assertTrue(labels.contains(FIX), labels.toString());

		Arrays.stream(resolutions).filter(r -> r.getLabel().equals(FIX)).findFirst().orElseThrow().run(marker);

		String saved = contents(plan);
		assertTrue(saved.contains("\t\tUSAF support with intelligence, strike power\n"), saved);
		waitUntil("the " + RULE + " marker is gone" + UiTesting.describe(plan), () -> markers(RULE).isEmpty());
	}

	@Test
	@Order(4)
	void aFixNeverLeavesTheSameLineTwice() throws Exception {
		open();
		editor.selectAndReveal(offsetOf("\t\tin HomeIslands"), 0);
		UiTesting.type(editor.viewer().getTextWidget(), "\t\tUSFJ support\n\t\tUSFJ primary responsibility\n");
		awaitMarker(RULE);
		settle();
		ICompletionProposal[] found = new ICompletionProposal[1];
		waitUntil("the fix for USFJ" + UiTesting.describe(plan), () -> {
			int offset = awaitMarker(RULE).getAttribute(IMarker.CHAR_START, -1);
			found[0] = Arrays.stream(new PlanQuickAssistProcessor().computeQuickAssistProposals(context(offset, 0)))
					.filter(p -> p.getDisplayString().startsWith("Change the role of USFJ to support")).findFirst()
					.orElse(null);
			return found[0] != null;
		});
		ICompletionProposal fix = found[0];

		fix.apply(document());

		String text = document().get();
		assertEquals(1, count(text, "USFJ support"), text);
		assertFalse(text.contains("USFJ primary responsibility"), text);
		waitUntil("the " + RULE + " marker is gone" + UiTesting.describe(plan), () -> markers(RULE).isEmpty());
	}

	/** Opens the Errors group of the Problems view and selects its first problem, for the screenshot. */
	private static void expandErrors(org.eclipse.swt.widgets.Composite composite) {
		for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Tree tree && tree.isVisible()) {
				for (org.eclipse.swt.widgets.TreeItem group : tree.getItems()) {
					if (group.getText().startsWith("Errors")) {
						org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
						expand.item = group; // the view's viewer creates the children on this event
						tree.notifyListeners(SWT.Expand, expand);
						group.setExpanded(true);
						if (group.getItemCount() > 0) {
							tree.setSelection(group.getItem(0));
						}
					}
				}
			} else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				expandErrors(inner);
			}
		}
	}

	/** Waits until checking and the marker writer are done, and the annotation model has followed. */
	private static void settle() {
		waitUntil("the server and the marker writer are done", () -> Job.getJobManager().isIdle());
		UiTesting.flush(300);
	}

	private static void open() throws PartInitException {
		editor = (PlanEditor) IDE.openEditor(page(), plan, AlliancePlanner.EDITOR_ID);
		page().activate(editor);
		waitUntil("the plan's symbols arrive from the language server", () -> !editor.symbols().isEmpty());
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static List<String> labels(int offset, int length) {
		return Arrays.stream(new PlanQuickAssistProcessor().computeQuickAssistProposals(context(offset, length)))
				.map(ICompletionProposal::getDisplayString).toList();
	}

	private static IMarker awaitMarker(String rule) {
		waitUntil("a " + rule + " marker" + UiTesting.describe(plan), () -> !markers(rule).isEmpty());
		return markers(rule).get(0);
	}

	private static List<IMarker> markers(String rule) {
		return Arrays.stream(UiTesting.problems(plan))
				.filter(m -> rule.equals(m.getAttribute(AlliancePlanner.MARKER_CODE, ""))).toList();
	}

	private static org.eclipse.jface.text.IDocument document() {
		return editor.document();
	}

	private static int offsetOf(String text) {
		int offset = document().get().indexOf(text);
		assertTrue(offset >= 0, "the plan contains " + text);
		return offset;
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	private static String contents(IFile file) throws CoreException, IOException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static IQuickAssistInvocationContext context(int offset, int length) {
		return new IQuickAssistInvocationContext() {
			@Override
			public int getOffset() {
				return offset;
			}

			@Override
			public int getLength() {
				return length;
			}

			@Override
			public ISourceViewer getSourceViewer() {
				return editor.viewer();
			}
		};
	}
}
