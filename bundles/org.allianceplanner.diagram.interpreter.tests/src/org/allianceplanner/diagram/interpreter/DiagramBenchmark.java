package org.allianceplanner.diagram.interpreter;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.allianceplanner.diagram.description.registry.DescriptionRegistry;
import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.GraphDiff;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.testing.SyntheticPlans;

/**
 * Interpretation and refresh (interpret again + graph diff after a one-element change) of the built-in
 * Responsibility diagram on synthetic plans giving about 100, 1,000 and 10,000 diagram elements.
 * Not a test: run with {@code benchmark.sh} in this bundle; results go to docs/PERFORMANCE.md.
 */
public final class DiagramBenchmark {

	private DiagramBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = args.length == 0 ? new int[] { 100, 1_000, 10_000 }
				: java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		DiagramInterpreter interpreter = new DiagramInterpreter(DescriptionRegistry.builtIn().get("Responsibility"));
		System.out.println("| elements (target) | elements | parse (ms, once) | interpret (ms, median) | refresh = interpret + diff (ms, median) | refresh, CPU time of the thread (ms, median) | diff alone (ms) |");
		System.out.println("|---|---|---|---|---|---|---|");
		java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int size : sizes) {
			int tasks = SyntheticPlans.tasksForResponsibilityElements(size);
			long t0 = System.nanoTime();
			List<PlanModel> models = Plans.texts(SyntheticPlans.responsibilityFiles(tasks));
			long parse = System.nanoTime() - t0;
			List<org.eclipse.emf.ecore.EObject> roots = Plans.roots(models);
			int runs = size >= 10_000 ? 5 : 15;
			List<Long> interpret = new ArrayList<>();
			List<Long> refresh = new ArrayList<>();
			List<Long> diffOnly = new ArrayList<>();
			List<Long> refreshCpu = new ArrayList<>();
			Diagram previous = interpreter.interpret(roots, DiagramParameters.defaults());
			Task edited = models.get(1).getPlans().get(0).getTasks().get(tasks / 2);
			for (int i = 0; i < runs + 3; i++) {
				long a = System.nanoTime();
				Diagram d = interpreter.interpret(roots, DiagramParameters.defaults());
				long b = System.nanoTime();
				edited.setTitle("Edited " + i);
				long cpu = threads.getCurrentThreadCpuTime();
				long c = System.nanoTime();
				Refresh r = interpreter.refresh(d, roots, DiagramParameters.defaults());
				long e = System.nanoTime();
				long cpuEnd = threads.getCurrentThreadCpuTime();
				GraphDiff.between(d, r.diagram());
				long f = System.nanoTime();
				if (r.diff().changed().size() != 1 || !r.diff().added().isEmpty()) {
					throw new IllegalStateException("unexpected diff " + r.diff());
				}
				if (i >= 3) {
					interpret.add(b - a);
					refresh.add(e - c);
					diffOnly.add(f - e);
					refreshCpu.add(cpuEnd - cpu);
				}
				previous = r.diagram();
			}
			System.out.printf(Locale.ROOT, "| %,d | %,d | %.0f | %.1f | %.1f | %.1f | %.1f |%n", size, previous.size(),
					parse / 1e6, median(interpret), median(refresh), median(refreshCpu), median(diffOnly));
		}
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf(Locale.ROOT, "%nPeak heap (all sizes, one JVM): %.0f MiB%n", peak / 1024.0 / 1024.0);
	}

	private static double median(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2) / 1e6;
	}
}
