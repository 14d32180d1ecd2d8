package org.allianceplanner.diagram.ui.internal;

import static org.allianceplanner.diagram.ui.internal.DiagramUi.flush;
import static org.allianceplanner.diagram.ui.internal.DiagramUi.page;
import static org.allianceplanner.diagram.ui.internal.DiagramUi.waitUntil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.allianceplanner.diagram.edit.CreateTask;
import org.allianceplanner.diagram.ui.DiagramEditors;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.ui.PlanLanguage;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.junit.jupiter.api.Test;

/**
 * Measures the diagram editor in the product (run with -Pbenchmark, under Xvfb): opening an example's
 * diagram warm (open to the page showing it), a keystroke in the text to the browser showing the redrawn
 * diagram (end to end: document change, debounce, drawing, page updated), and a diagram edit reaching the
 * text. Prints medians and writes them to the benchmark folder; asserts nothing about time.
 */
public class DiagramEditorBenchmark {

	private static final int RUNS = 15;

	@Test
	public void measure() throws Exception {
		IFile file = DiagramUi.exampleProject("diagram-benchmark").getFile("plans/defense-of-japan.alliance");
		List<String> lines = new ArrayList<>();

		DiagramEditorTest.open(file, "Responsibility"); // cold: class loading, the browser's first start
		page().closeAllEditors(false);
		long[] open = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			DiagramEditor editor = (DiagramEditor) DiagramEditors.open(page(), file, "Responsibility");
			waitUntil("shown", () -> Boolean.TRUE.equals(new GlspPage(editor).eval("return window.allianceShown === true;")));
			open[i] = System.nanoTime() - start;
			page().closeAllEditors(false);
			flush(50);
		}
		lines.add(line("open Responsibility of defense-of-japan (warm, to shown by the GLSP client)", open));

		DiagramEditor editor = DiagramEditorTest.open(file, "Responsibility");
		IDocument document = editor.document().document();
		int at = document.get().indexOf("\"Operations to counter air attack against Japan\"") + 1;
		long[] keystroke = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			flush(200);
			String title = "X".repeat(i + 1) + "Operations";
			long start = System.nanoTime();
			document.replace(at, 0, "X");
			// the GLSP client draws the new title (white space removed: the label may wrap)
			waitUntil("redrawn", () -> Boolean.TRUE.equals(new GlspPage(editor).eval(
					"var e = document.getElementById('alliance-diagram_Task:jpus.japandefense.DefenseOfJapan.CounterAirAttack');"
							+ " return e !== null && e.textContent.replace(/\\s+/g, '').indexOf('" + title + "') >= 0;")));
			keystroke[i] = System.nanoTime() - start;
		}
		lines.add(line("keystroke in the text to the diagram shown by the GLSP client (end to end)", keystroke));

		long[] edit = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			waitUntil("drawn from the text", () -> editor.isDrawnFrom(document.get()));
			var plan = new PlanDrawing(w -> {
			}).model(file.getLocation().toFile().toPath(), document.get()).getPlans().get(0);
			var change = PlanLanguage.injector().getInstance(CreateTask.class).create(plan, "Bench" + i,
					TaskKind.AIR_DEFENSE, null, null);
			long start = System.nanoTime();
			editor.apply(change);
			edit[i] = System.nanoTime() - start;
		}
		lines.add(line("diagram edit (create task) applied to the document", edit));
		page().closeAllEditors(false);

		lines.forEach(System.out::println);
		Path dir = Path.of(System.getProperty("alliance.benchmarkDir", "target/benchmark"));
		Files.createDirectories(dir);
		Files.write(dir.resolve("diagram-editor.txt"), lines, StandardCharsets.UTF_8);
	}

	private static String line(String what, long[] nanos) throws IOException {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "%s: median %.1f ms, min %.1f ms, max %.1f ms (%d runs)", what,
				sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
	}
}
