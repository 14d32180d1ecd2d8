package org.allianceplanner.ui;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.allianceplanner.dsl.ide.symbol.PlanElementEntry;
import org.allianceplanner.testing.SyntheticPlans;
import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.allianceplanner.ui.internal.navigation.OpenPlanElementDialog;
import org.allianceplanner.ui.internal.navigation.PlanElements;
import org.allianceplanner.ui.internal.wizards.NewAllianceProjectWizard;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.SearchPattern;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a unit test (run with -Pbenchmark, see docs/PERFORMANCE.md): Open Plan Element over more
 * than 10,000 named elements (ten synthetic plans of 1,000 tasks, SyntheticPlans). Measures (1) reading the
 * element list from the language server's index, and (2) for several patterns, the time from typing the
 * pattern into the open dialog until its list shows all the matches. Results go to stdout and
 * target/benchmark/open-plan-element-benchmark.txt; nothing is asserted about speed.
 */
public class OpenPlanElementBenchmark {

	private static final int FILES = 10;
	private static final int TASKS_PER_FILE = 1000;
	private static final int ROUNDS = 10;
	private static final String[] PATTERNS = { "Task12", "T", "FP", "*99", "Sta?e1", "FratricidePrevention" };

	@Test
	void openPlanElementOverTenThousandElements() throws Exception {
		IProject project = NewAllianceProjectWizard.createProject("ElementsBenchmark", false, new NullProgressMonitor());
		for (int i = 0; i < FILES; i++) {
			String text = SyntheticPlans.text(TASKS_PER_FILE).replace("package bench.synthetic",
					"package bench.synthetic" + i);
			project.getFile("plan" + i + ".alliance").create(
					new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		}
		PlanLanguageServer server = PlanLanguageServer.get();
		server.addProject(project);
		long indexed = System.nanoTime();
		long deadline = indexed + 20L * 60 * 1_000_000_000L; // indexing 10,000 tasks takes long on a loaded machine
		while (PlanElements.all(server).join().stream().filter(e -> e.qualifier().startsWith("bench.synthetic"))
				.count() < FILES * TASKS_PER_FILE) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the language server did not index the ten plans in 20 minutes");
			}
			UiTesting.flush(500);
		}
		long indexSeconds = (System.nanoTime() - indexed) / 1_000_000_000L;
		List<Long> indexMicros = new ArrayList<>();
		List<PlanElementEntry> elements = null;
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			elements = PlanElements.all(server).get();
			indexMicros.add((System.nanoTime() - start) / 1000);
		}
		StringBuilder report = new StringBuilder();
		report.append("Open Plan Element over ").append(elements.size()).append(" named elements (")
				.append(FILES).append(" files of ").append(TASKS_PER_FILE).append(" tasks; indexed in about ")
				.append(indexSeconds).append(" s)\n");
		report.append(String.format("reading the element list from the index: median %.1f ms, max %.1f ms%n",
				median(indexMicros) / 1000.0, Collections.max(indexMicros) / 1000.0));
		OpenPlanElementDialog dialog = new OpenPlanElementDialog(UiTesting.shell(), elements);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Text pattern = find(dialog.getShell(), Text.class);
			Table table = find(dialog.getShell(), Table.class);
			Display display = Display.getCurrent();
			for (String text : PATTERNS) {
				long expected = matches(elements, text);
				List<Long> micros = new ArrayList<>();
				for (int round = 0; round < ROUNDS; round++) {
					pattern.setText("");
					UiTesting.waitUntil("the list empties", () -> table.getItemCount() == 0);
					long start = System.nanoTime();
					pattern.setText(text);
					long giveUp = start + 30_000_000_000L;
					while (table.getItemCount() < expected && System.nanoTime() < giveUp) {
						if (!display.readAndDispatch()) {
							Thread.onSpinWait();
						}
					}
					if (table.getItemCount() < expected) {
						report.append("pattern '" + text + "': the list showed " + table.getItemCount() + " of " + expected
								+ " matches after 30 s\n");
						break;
					}
					micros.add((System.nanoTime() - start) / 1000);
				}
				report.append(String.format("pattern %-22s %6d matches: median %6.1f ms, max %6.1f ms%n", "'" + text + "'",
						expected, median(micros) / 1000.0, Collections.max(micros) / 1000.0));
			}
		} finally {
			dialog.close();
		}
		System.out.println(report);
		File out = new File(System.getProperty("alliance.benchmarkDir", "target/benchmark"),
				"open-plan-element-benchmark.txt");
		out.getParentFile().mkdirs();
		Files.writeString(out.toPath(), report);
	}

	/** How many elements the dialog's name rules (Open Type's) match. */
	private static long matches(List<PlanElementEntry> elements, String text) {
		SearchPattern pattern = new SearchPattern();
		pattern.setPattern(text);
		return elements.stream().filter(e -> pattern.matches(e.name())).count();
	}

	private static double median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
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
}
