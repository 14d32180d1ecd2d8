package org.allianceplanner.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.allianceplanner.ui.internal.editor.PlanEditor;
import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.allianceplanner.ui.internal.wizards.NewAllianceProjectWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a unit test (run with -Pbenchmark, see docs/PERFORMANCE.md): typing in a
 * 5,000-line plan. Measures (1) how long after the last keystroke of a burst the language server
 * publishes the document's diagnostics and the problem markers are written, and (2) the longest
 * time the UI thread is busy with one keystroke or one event-loop turn while typing. Results go to
 * stdout and target/benchmark/editor-benchmark.txt; nothing is asserted about speed.
 */
public class EditorBenchmark {

	private static final int TASKS = 830; // six lines each: about 5,000 lines
	private static final int ROUNDS = 20;
	private static final long KEY_INTERVAL_MILLIS = 60; // a fast typist

	@Test
	void typingInAFiveThousandLinePlan() throws Exception {
		IProject project = NewAllianceProjectWizard.createProject("Benchmark", false, new NullProgressMonitor());
		IFile file = project.getFile("big.alliance");
		String text = bigPlan();
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		long lines = text.lines().count();
		PlanEditor editor = (PlanEditor) IDE.openEditor(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, AlliancePlanner.EDITOR_ID);
		UiTesting.waitUntil("the big plan is checked", () -> !editor.symbols().isEmpty());
		UiTesting.flush(2000);
		long baseline = UiTesting.errors(file);
		int markersAtStart = UiTesting.problems(file).length;
		StyledText widget = editor.viewer().getTextWidget();
		String uri = editor.connection().uri();
		long[] published = new long[1];
		Consumer<String> listener = u -> {
			if (u.equals(uri)) {
				published[0] = System.nanoTime();
			}
		};
		PlanLanguageServer.get().addPublishListener(listener);
		List<Long> diagnosticsMillis = new ArrayList<>();
		List<Long> markerMillis = new ArrayList<>();
		long[] longestUiMillis = new long[1];
		Display display = Display.getCurrent();
		try {
			for (int round = 0; round < ROUNDS; round++) {
				int at = text.indexOf("\ttask T" + (round * 37 % TASKS) + " ");
				editor.selectAndReveal(at, 0);
				boolean breaking = true;
				for (String burst : new String[] { "zz ", null }) {
					published[0] = 0;
					long lastKey = 0;
					if (burst != null) {
						for (char c : burst.toCharArray()) {
							lastKey = timed(longestUiMillis, () -> UiTesting.type(widget, String.valueOf(c)));
							pump(display, KEY_INTERVAL_MILLIS, longestUiMillis);
						}
					} else {
						for (int i = 0; i < 3; i++) {
							lastKey = timed(longestUiMillis, () -> UiTesting.backspace(widget, 1));
							pump(display, KEY_INTERVAL_MILLIS, longestUiMillis);
						}
					}
					long keyTime = lastKey;
					UiTesting.waitUntil("diagnostics after the burst", () -> published[0] > keyTime);
					diagnosticsMillis.add((published[0] - keyTime) / 1_000_000);
					boolean expectError = breaking;
					UiTesting.waitUntil("markers after the burst", () -> expectError ? UiTesting.errors(file) > baseline
							: UiTesting.errors(file) == baseline);
					markerMillis.add((System.nanoTime() - keyTime) / 1_000_000);
					breaking = false;
				}
			}
		} finally {
			PlanLanguageServer.get().removePublishListener(listener);
		}
		String report = report(lines, diagnosticsMillis, markerMillis, longestUiMillis[0])
				+ String.format("  UI-thread turns while typing: %d, p99 %d ms, over 100 ms: %d%n", TURNS.size(),
						percentile(TURNS, 99), TURNS.stream().filter(t -> t > 100).count())
				+ String.format("  problem markers on the plan before typing: %d%n", markersAtStart);
		System.out.println(report);
		File out = new File(System.getProperty("alliance.benchmarkDir", "target/benchmark"), "editor-benchmark.txt");
		out.getParentFile().mkdirs();
		Files.writeString(out.toPath(), report);
		assertTrue(diagnosticsMillis.size() == 2 * ROUNDS, "every burst was measured");
		editor.close(false);
	}

	/** Runs the event loop for a while, timing each turn (what the UI thread does between keys). */
	private static final List<Long> TURNS = new ArrayList<>();

	private static void pump(Display display, long millis, long[] longest) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			long start = System.nanoTime();
			boolean worked = display.readAndDispatch();
			long turn = (System.nanoTime() - start) / 1_000_000;
			TURNS.add(turn);
			longest[0] = Math.max(longest[0], turn);
			if (!worked) {
				try {
					Thread.sleep(2);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	/** Runs a keystroke and returns when it ended (nanoTime), recording how long it took. */
	private static long timed(long[] longest, Runnable key) {
		long start = System.nanoTime();
		key.run();
		long end = System.nanoTime();
		longest[0] = Math.max(longest[0], (end - start) / 1_000_000);
		TURNS.add((end - start) / 1_000_000);
		return end;
	}

	private static String report(long lines, List<Long> diagnostics, List<Long> markers, long longestUi) {
		return String.format("Editor benchmark: %d-line plan, %d typing bursts (a keystroke every %d ms)%n"
				+ "  diagnostics published after the last keystroke: median %d ms, p90 %d ms, max %d ms%n"
				+ "  problem markers written after the last keystroke: median %d ms, p90 %d ms, max %d ms%n"
				+ "  longest UI-thread turn while typing (keystroke or event): %d ms%n", lines, diagnostics.size(),
				KEY_INTERVAL_MILLIS, percentile(diagnostics, 50), percentile(diagnostics, 90), percentile(diagnostics, 100),
				percentile(markers, 50), percentile(markers, 90), percentile(markers, 100), longestUi);
	}

	private static long percentile(List<Long> values, int p) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	/** A valid plan of about 5,000 lines: parties, areas, a legal basis and many tasks. */
	static String bigPlan() {
		StringBuilder out = new StringBuilder("package bench\n\n");
		for (int i = 0; i < 10; i++) {
			out.append("party P").append(i).append(" \"Party ").append(i).append("\": Air Self-Defense Force for Japan\n");
			out.append("area A").append(i).append(" \"Area ").append(i).append("\": Japanese territory\n");
		}
		out.append("legal basis Law \"Self-Defense Forces Law\": Japanese law\n\n");
		out.append("bilateral defense plan Bench \"Benchmark plan\" {\n\tsituations armed attack\n");
		for (int t = 0; t < TASKS; t++) {
			out.append("\ttask T").append(t).append(" \"Task ").append(t).append("\": air defense {\n");
			out.append("\t\tP").append(t % 10).append(" primary responsibility\n");
			out.append("\t\tin A").append(t % 10).append('\n');
			out.append("\t\tunder Law\n");
			out.append("\t\tdescription \"Air defense task number ").append(t).append(".\"\n");
			out.append("\t}\n");
		}
		out.append("}\n");
		return out.toString();
	}

}
