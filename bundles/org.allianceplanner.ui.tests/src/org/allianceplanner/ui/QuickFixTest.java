package org.allianceplanner.ui;

import static org.allianceplanner.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.allianceplanner.ui.internal.editor.PlanEditor;
import org.allianceplanner.ui.internal.editor.PlanQuickAssistProcessor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Quick fixes from the fixes that the Guidelines rules attach to their findings: the planner makes a
 * plan break a rule (typed as key events), asks for the quick fixes at the marker, applies one, and the
 * text changes and the marker goes away. One test per kind of fix the rules of this plan can trigger.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class QuickFixTest {

	private static IFile plan;
	private static PlanEditor editor;

	@BeforeAll
	static void openPlan() throws CoreException {
		IProject project = Fixtures.project("QuickFixes");
		plan = project.getFile(Fixtures.AIR_DEFENSE);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (PlanEditor) IDE.openEditor(page, plan, AlliancePlanner.EDITOR_ID);
		page.activate(editor);
		waitUntil("the plan's symbols arrive from the language server", () -> !editor.symbols().isEmpty());
		waitUntil("the build and the marker writer are done", () -> Job.getJobManager().isIdle());
	}

	@AfterAll
	static void close() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	@Order(1)
	void setValueChangesTheUsRoleToSupport() {
		int at = offsetOf("USAF support") + "USAF ".length();
		editor.selectAndReveal(at, "support".length());
		UiTesting.type(editor.viewer().getTextWidget(), "primary responsibility");
		assertTrue(document().get().contains("USAF primary responsibility with intelligence"));
		awaitMarker("ROLE-AIR-DEFENSE");

		applyFix("ROLE-AIR-DEFENSE", "Change the role of USAF to support");

		assertTrue(document().get().contains("\t\tUSAF support with intelligence, strike power\n"), document().get());
		assertFalse("primary responsibility with intelligence");
		waitUntil("the ROLE-AIR-DEFENSE marker is gone" + UiTesting.describe(plan), () -> markers("ROLE-AIR-DEFENSE").isEmpty());
	}

	@Test
	@Order(2)
	void removeValueTakesStrikePowerFromAJapaneseParty() {
		int at = offsetOf("JASDF primary responsibility") + "JASDF primary responsibility".length();
		editor.selectAndReveal(at, 0);
		UiTesting.type(editor.viewer().getTextWidget(), " with strike power");
		awaitMarker("PREMISE-DEFENSIVE");

		applyFix("PREMISE-DEFENSIVE", "Remove strike power from the contributions of JASDF");

		assertTrue(document().get().contains("\t\tJASDF primary responsibility\n"), document().get());
		waitUntil("the PREMISE-DEFENSIVE marker is gone" + UiTesting.describe(plan), () -> markers("PREMISE-DEFENSIVE").isEmpty());
	}

	@Test
	@Order(3)
	void addElementAddsTheMissingCommonProcedures() {
		// The plan has one common procedure only: the rule fires as it is.
		awaitMarker("PLAN-PROCEDURES-COMPLETE");
		long errorsBefore = UiTesting.errors(plan);

		applyFix("PLAN-PROCEDURES-COMPLETE", "Add common procedures for communications");

		String text = document().get();
		assertTrue(text.contains("common procedure Communications: communications"), text);
		assertTrue(text.contains("common procedure TargetInformation: transmission of target information"), text);
		assertTrue(text.contains("common procedure UnitOperationsControl: control of unit operations"), text);
		assertTrue(text.contains("\t}\n\tcommon procedure Communications: communications\n"), "after the last procedure: " + text);
		assertTrue(text.contains("\t\tstandard for movements : \"Disperse"), "the rest keeps its layout: " + text);
		waitUntil("the PLAN-PROCEDURES-COMPLETE marker is gone" + UiTesting.describe(plan),
				() -> markers("PLAN-PROCEDURES-COMPLETE").isEmpty());
		assertEquals(errorsBefore, UiTesting.errors(plan), "the added procedures parse and link" + UiTesting.describe(plan));
		UiTesting.screenshot("quick-fix-applied.png");
	}

	@Test
	@Order(4)
	void addValuesGivesTheUsPartyIntelligenceInBallisticMissileResponse() {
		editor.selectAndReveal(offsetOf("\tmilestone Review"), 0);
		UiTesting.type(editor.viewer().getTextWidget(),
				"\ttask Bmd : ballistic missile response { JASDF primary responsibility USFJ support }\n");
		awaitMarker("ROLE-BMD");

		applyFix("ROLE-BMD", "Add intelligence to the contributions of USFJ");

		assertTrue(document().get().contains("USFJ support with intelligence }"), document().get());
		waitUntil("the ROLE-BMD marker is gone" + UiTesting.describe(plan), () -> markers("ROLE-BMD").isEmpty());
	}

	/** Asks for the quick fixes at the marker as Ctrl+1 does, applies the one whose label starts so. */
	private static void applyFix(String rule, String label) {
		UiTesting.flush(300); // the annotation model follows the markers
		// The marker job may have rewritten the markers meanwhile (a handle read earlier then answers -1): read now.
		int offset = awaitMarker(rule).getAttribute(IMarker.CHAR_START, -1);
		ICompletionProposal[] fixes = new PlanQuickAssistProcessor().computeQuickAssistProposals(context(offset));
		ICompletionProposal fix = Arrays.stream(fixes).filter(p -> p.getDisplayString().startsWith(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no quick fix '" + label + "' at " + offset + ": "
						+ Arrays.stream(fixes).map(ICompletionProposal::getDisplayString).toList()));
		fix.apply(document());
	}

	private static IMarker awaitMarker(String rule) {
		waitUntil("a " + rule + " marker" + UiTesting.describe(plan), () -> !markers(rule).isEmpty());
		return markers(rule).get(0);
	}

	private static List<IMarker> markers(String rule) {
		IMarker[] all = UiTesting.problems(plan);
		return all == null ? List.of()
				: Arrays.stream(all).filter(m -> rule.equals(m.getAttribute(AlliancePlanner.MARKER_CODE, ""))).toList();
	}

	private static void assertFalse(String text) {
		org.junit.jupiter.api.Assertions.assertFalse(document().get().contains(text), document().get());
	}

	private static IDocument document() {
		return editor.document();
	}

	private static int offsetOf(String text) {
		int offset = document().get().indexOf(text);
		assertTrue(offset >= 0, "the plan contains " + text);
		return offset;
	}

	private static IQuickAssistInvocationContext context(int offset) {
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
}
