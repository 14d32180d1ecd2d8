package org.allianceplanner.diagram;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.diagram.graph.GraphDiff;
import org.allianceplanner.diagram.graph.SyntheticDiagrams;
import org.allianceplanner.diagram.internal.layout.ElkGraphBuilder;
import org.allianceplanner.diagram.internal.layout.NodeSizes;
import org.allianceplanner.diagram.layout.DiagramLayout;
import org.allianceplanner.diagram.layout.DiagramLayouter;
import org.allianceplanner.diagram.layout.LayoutConfiguration;
import org.allianceplanner.diagram.render.DiagramRenderer;
import org.allianceplanner.diagram.text.DiagramFont;
import org.allianceplanner.diagram.text.TextMetrics;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.core.util.ElkUtil;

/**
 * The diagram benchmark of docs/PERFORMANCE.md (not a test): for synthetic diagrams of the given sizes
 * (elements = nodes + edges), the graph difference after a one-element change, layout through our layer
 * beside plain ELK on the same ELK graph, SVG and PNG rendering, and the peak heap. Medians after warm-up.
 * Run with {@code bundles/org.allianceplanner.diagram.tests/benchmark.sh [sizes...]}.
 */
public final class DiagramBenchmark {

	private DiagramBenchmark() {
	}

	public static void main(String[] args) {
		System.setProperty("java.awt.headless", "true");
		int[] sizes = args.length == 0 ? new int[] { 100, 1000, 10000 }
				: Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		DiagramFont font = DiagramFont.standard(System.err::println);
		TextMetrics metrics = new TextMetrics(font);
		DiagramLayouter layouter = new DiagramLayouter(metrics);
		DiagramRenderer renderer = new DiagramRenderer(metrics);
		LayoutConfiguration config = LayoutConfiguration.layered();
		System.out.println("Each cell: median wall time / median CPU time of the measuring thread (ms).");
		System.out.println();
		System.out.println("| elements | nodes | edges | diff after one change | layout (ours) | plain ELK, same graph | SVG | PNG | peak heap |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (int size : sizes) {
			resetPeaks();
			Diagram before = SyntheticDiagrams.layered(size, null, false);
			Diagram after = relabelOne(before);
			int runs = size >= 10000 ? 3 : size >= 1000 ? 5 : 11;
			double[] diff = median(runs * 10, () -> GraphDiff.between(before, after));
			double[] ours = median(runs, () -> layouter.layout(before, config));
			double[] plain = medianOf(runs, () -> {
				ElkGraphBuilder graph = new ElkGraphBuilder(new NodeSizes(metrics), config.direction()).build(before);
				ElkUtil.applyVisitors(graph.root(), config.configurator());
				if (graph.nodes().size() > 1000) {
					// what DiagramLayouter does for large graphs, so both run the same configuration
					graph.root().setProperty(LayeredOptions.THOROUGHNESS, 1);
					graph.root().getChildren().stream().filter(n -> !n.getChildren().isEmpty())
							.forEach(n -> n.setProperty(LayeredOptions.THOROUGHNESS, 1));
				}
				long wall = System.nanoTime();
				long cpu = THREADS.getCurrentThreadCpuTime();
				new RecursiveGraphLayoutEngine().layout(graph.root(), new BasicProgressMonitor());
				return new double[] { (System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 };
			});
			DiagramLayout layout = layouter.layout(before, config);
			double[] svg = median(runs, () -> renderer.toSvg(before, layout));
			double[] png = median(runs, () -> renderer.toPng(before, layout, DiagramRenderer.DEFAULT_PNG_SCALE));
			System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %s | %s | %s | %s | %s | %d MB |%n", before.size(),
					before.allNodes().size(), before.edges().size(), cell(diff, "%.2f"), cell(ours, "%.0f"),
					cell(plain, "%.0f"), cell(svg, "%.0f"), cell(png, "%.0f"), peakHeapMb());
		}
	}

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static String cell(double[] t, String format) {
		return String.format(Locale.ROOT, format + " / " + format, t[0], t[1]);
	}

	/** The same diagram with one node's label changed: what a one-element edit gives the interpreter. */
	private static Diagram relabelOne(Diagram d) {
		List<DiagramNode> top = new ArrayList<>(d.nodes());
		int last = top.size() - 1;
		top.set(last, top.get(last).toBuilder().label(top.get(last).label() + " (edited)").build());
		return Diagram.builder(d.id()).title(d.title()).descriptionName(d.descriptionName()).nodes(top)
				.edges(d.edges()).build();
	}

	private static double[] median(int runs, Supplier<?> work) {
		return medianOf(runs, () -> {
			long wall = System.nanoTime();
			long cpu = THREADS.getCurrentThreadCpuTime();
			work.get();
			return new double[] { (System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 };
		});
	}

	/** Warms up with a third of the runs (at least one), then the medians of wall and CPU time. */
	private static double[] medianOf(int runs, Supplier<double[]> timed) {
		for (int i = 0; i < Math.max(1, runs / 3); i++) {
			timed.get();
		}
		double[] wall = new double[runs];
		double[] cpu = new double[runs];
		for (int i = 0; i < runs; i++) {
			double[] t = timed.get();
			wall[i] = t[0];
			cpu[i] = t[1];
		}
		Arrays.sort(wall);
		Arrays.sort(cpu);
		return new double[] { wall[runs / 2], cpu[runs / 2] };
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long peakHeapMb() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1024 * 1024);
	}
}
