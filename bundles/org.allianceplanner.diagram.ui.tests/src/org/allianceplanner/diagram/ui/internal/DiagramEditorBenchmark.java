package org.allianceplanner.diagram.ui.internal;

import static org.allianceplanner.diagram.ui.internal.DiagramUi.flush;
import static org.allianceplanner.diagram.ui.internal.DiagramUi.page;
import static org.allianceplanner.diagram.ui.internal.DiagramUi.waitUntil;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allianceplanner.diagram.edit.CreateTask;
import org.allianceplanner.diagram.ui.DiagramEditors;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.testing.SyntheticPlans;
import org.allianceplanner.ui.PlanLanguage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.junit.jupiter.api.Test;

/**
 * Measures the diagram editor (the GLSP client in the SWT browser) in the product, under Xvfb, for issue 13's
 * targets; run with -Pbenchmark. Every time ends when the client has rendered the model in question, read from
 * the page's {@code window.alliance} (the model the page shows), not from the DOM, where sprotty leaves out what
 * lies outside the viewport:
 * <ul>
 * <li>opening an example's diagram, warm: {@code DiagramEditors.open} until the client has rendered the first
 * model;</li>
 * <li>a keystroke in the text until the client has rendered the model with the new title (document change, the
 * server's refresh: read, parse, check, interpret, lay out; the model sent over the websocket and rendered);</li>
 * <li>opening a diagram of about 1,000 elements (a synthetic plan), the first opening and then warm;</li>
 * <li>a diagram edit until the text has it: a label edit sent by the client (as direct editing sends it) until
 * the document holds the new title; and {@code DiagramEditor.apply} of a computed edit alone.</li>
 * </ul>
 * Prints medians and 95th percentiles with the load average and writes them to the benchmark folder; asserts
 * nothing about time.
 */
public class DiagramEditorBenchmark {

	private static final int RUNS = 21;
	private static final int LARGE_RUNS = 6;
	private static final String DIAGRAM = "Responsibility";
	private static final String TASK = "Task:jpus.japandefense.DefenseOfJapan.CounterAirAttack";

	@Test
	public void measure() throws Exception {
		IProject project = DiagramUi.exampleProject("diagram-benchmark");
		IFile file = project.getFile("plans/defense-of-japan.alliance");
		IFile large = largePlan(project, 1_000);
		List<String> lines = new ArrayList<>();
		lines.add("load average (1 min) at start: " + load());

		DiagramEditorTest.open(file, DIAGRAM); // cold: class loading, the browser's first start
		page().closeAllEditors(false);
		lines.add(line("open Responsibility of defense-of-japan (warm, until the client rendered it)", open(file, RUNS)));

		long[] largeOpen = open(large, LARGE_RUNS);
		lines.add(line("open Responsibility of a synthetic plan of 1,000 elements, first opening", new long[] { largeOpen[0] }));
		lines.add(line("open Responsibility of a synthetic plan of 1,000 elements, warm",
				Arrays.copyOfRange(largeOpen, 1, largeOpen.length)));

		DiagramEditor editor = DiagramEditorTest.open(file, DIAGRAM);
		GlspPage glsp = new GlspPage(editor);
		IDocument document = editor.document().document();
		int at = document.get().indexOf("\"Operations to counter air attack against Japan\"") + 1;
		long[] keystroke = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			flush(300);
			String title = "X".repeat(i + 1) + "Operations";
			long start = System.nanoTime();
			document.replace(at, 0, "X");
			glsp.waitUntil("the client rendered the new title", () -> rendered(glsp, TASK).startsWith(title));
			keystroke[i] = System.nanoTime() - start;
		}
		lines.add(line("keystroke in the text until the client rendered the new title (end to end)", keystroke));

		long[] labelEdit = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			flush(300);
			String title = "Counter air attack " + i;
			long start = System.nanoTime();
			glsp.dispatch("{kind: 'applyLabelEdit', isOperation: true, labelId: " + GlspPage.js(TASK + "#label") + ", text: " + GlspPage.js(title)
					+ "}");
			glsp.waitUntil("the document has the edited title", () -> document.get().contains("\"" + title + "\""));
			labelEdit[i] = System.nanoTime() - start;
		}
		lines.add(line("diagram edit (label edit sent by the client) until the document has it (end to end)", labelEdit));

		long[] apply = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			waitUntil("drawn from the text", () -> editor.isDrawnFrom(document.get()));
			var plan = new PlanDrawing(w -> {
			}).model(file.getLocation().toFile().toPath(), document.get()).getPlans().get(0);
			var change = PlanLanguage.injector().getInstance(CreateTask.class).create(plan, "Bench" + i,
					TaskKind.AIR_DEFENSE, null, null);
			long start = System.nanoTime();
			editor.apply(change);
			apply[i] = System.nanoTime() - start;
		}
		lines.add(line("diagram edit (create task) applied to the document (DiagramEditor.apply alone)", apply));
		page().closeAllEditors(false);
		lines.add("load average (1 min) at end: " + load());

		lines.forEach(System.out::println);
		Path dir = Path.of(System.getProperty("alliance.benchmarkDir", "target/benchmark"));
		Files.createDirectories(dir);
		Files.write(dir.resolve("diagram-editor.txt"), lines, StandardCharsets.UTF_8);
	}

	/** Opens the diagram {@code runs} times, each until the client has rendered it; closes it after each. */
	private static long[] open(IFile file, int runs) throws Exception {
		long[] times = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			DiagramEditor editor = (DiagramEditor) DiagramEditors.open(page(), file, DIAGRAM);
			waitUntil("shown", () -> Boolean.TRUE.equals(new GlspPage(editor).eval("return window.allianceShown === true;")));
			times[i] = System.nanoTime() - start;
			page().closeAllEditors(false);
			flush(100);
		}
		return times;
	}

	/** The element's label text in the model the client rendered last, white space removed (labels wrap). */
	private static String rendered(GlspPage glsp, String elementId) {
		Object text = glsp.eval("var t = window.alliance && window.alliance.renderedText(" + GlspPage.js(elementId)
				+ "); return t === undefined ? '' : t.replace(/\\s+/g, '');");
		return text instanceof String s ? s : "";
	}

	/**
	 * A synthetic plan of about {@code elements} elements of the Responsibility diagram in a folder of its own (the
	 * browser benchmark's plan: 20 parties, tasks of two assignments each; 3 elements a task plus 22).
	 */
	private static IFile largePlan(IProject project, int elements) throws Exception {
		IFolder folder = project.getFolder("large");
		folder.create(true, true, null);
		for (Map.Entry<String, String> file : SyntheticPlans.responsibilityFiles(SyntheticPlans.tasksForResponsibilityElements(elements)).entrySet()) {
			folder.getFile(file.getKey()).create(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
					IResource.FORCE, null);
		}
		return folder.getFile("plan.alliance");
	}

	private static String load() {
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return String.format(Locale.ROOT, "%.2f", load);
	}

	private static String line(String what, long[] nanos) throws IOException {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int p95 = Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1);
		return String.format(Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms (%d runs; load %s)", what,
				sorted[sorted.length / 2] / 1e6, sorted[p95] / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6,
				sorted.length, load());
	}
}
