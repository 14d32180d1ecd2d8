package org.allianceplanner.diagram;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
		DiagramFont font = DiagramFont.logicalSansSerif();
		TextMetrics metrics = new TextMetrics(font);
		DiagramLayouter layouter = new DiagramLayouter(metrics);
		DiagramRenderer renderer = new DiagramRenderer(metrics);
		LayoutConfiguration config = LayoutConfiguration.layered();
		System.out.println("| elements | nodes | edges | diff after one change | layout (ours) | plain ELK | SVG | PNG | peak heap |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (int size : sizes) {
			resetPeaks();
			Diagram before = SyntheticDiagrams.layered(size, null, false);
			Diagram after = relabelOne(before);
			int runs = size >= 10000 ? 3 : size >= 1000 ? 7 : 15;
			double diff = median(runs * 10, () -> GraphDiff.between(before, after));
			double ours = median(runs, () -> layouter.layout(before, config));
			double plain = median(runs, () -> {
				ElkGraphBuilder graph = new ElkGraphBuilder(new NodeSizes(metrics), config.direction()).build(before);
				ElkUtil.applyVisitors(graph.root(), config.configurator());
				long t = System.nanoTime();
				new RecursiveGraphLayoutEngine().layout(graph.root(), new BasicProgressMonitor());
				return (System.nanoTime() - t) / 1e6;
			}, true);
			DiagramLayout layout = layouter.layout(before, config);
			double svg = median(runs, () -> renderer.toSvg(before, layout));
			double png = median(runs, () -> renderer.toPng(before, layout, DiagramRenderer.DEFAULT_PNG_SCALE));
			System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %.2f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %d MB |%n",
					before.size(), before.allNodes().size(), before.edges().size(), diff, ours, plain, svg, png,
					peakHeapMb());
		}
	}

	/** The same diagram with one node's label changed: what a one-element edit gives the interpreter. */
	private static Diagram relabelOne(Diagram d) {
		List<DiagramNode> top = new ArrayList<>(d.nodes());
		int last = top.size() - 1;
		top.set(last, top.get(last).toBuilder().label(top.get(last).label() + " (edited)").build());
		return Diagram.builder(d.id()).title(d.title()).descriptionName(d.descriptionName()).nodes(top)
				.edges(d.edges()).build();
	}

	private static double median(int runs, Supplier<?> work) {
		return median(runs, () -> {
			long t = System.nanoTime();
			work.get();
			return (System.nanoTime() - t) / 1e6;
		}, true);
	}

	/** Warms up with a third of the runs (at least one), then the median of the timed runs. */
	private static double median(int runs, Supplier<Double> timed, boolean selfTimed) {
		for (int i = 0; i < Math.max(1, runs / 3); i++) {
			timed.get();
		}
		double[] t = new double[runs];
		for (int i = 0; i < runs; i++) {
			t[i] = timed.get();
		}
		Arrays.sort(t);
		return t[runs / 2];
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
