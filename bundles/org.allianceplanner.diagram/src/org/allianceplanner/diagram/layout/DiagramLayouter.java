package org.allianceplanner.diagram.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.internal.layout.ElkGraphBuilder;
import org.allianceplanner.diagram.internal.layout.ElkLayoutReader;
import org.allianceplanner.diagram.internal.layout.ElkSetup;
import org.allianceplanner.diagram.internal.layout.NodeSizes;
import org.allianceplanner.diagram.internal.layout.PositionApplier;
import org.allianceplanner.diagram.internal.layout.RankSeeder;
import org.allianceplanner.diagram.text.DiagramFont;
import org.allianceplanner.diagram.text.TextMetrics;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.core.util.ElkUtil;
import org.eclipse.elk.graph.ElkNode;

/**
 * Lays out a diagram graph: measures labels with the diagram font, builds the ELK graph, applies the
 * description's {@link LayoutConfiguration}, runs ELK's {@link RecursiveGraphLayoutEngine}, then puts moved
 * and pinned nodes where users put them, at the sizes users gave them (never smaller than the label needs). Given the previous layout of the same diagram, layered keeps every
 * remaining node's layer and in-layer order. Thread-safe; headless.
 */
public final class DiagramLayouter {

	/** Space around the drawing. */
	public static final double MARGIN = 12;

	private final NodeSizes sizes;

	public DiagramLayouter(TextMetrics metrics) {
		this.sizes = new NodeSizes(Objects.requireNonNull(metrics, "metrics"));
		ElkSetup.service();
	}

	public DiagramLayouter(DiagramFont font) {
		this(new TextMetrics(font));
	}

	public TextMetrics metrics() {
		return sizes.metrics();
	}

	/** A fresh layout: no user positions, no previous layout. */
	public DiagramLayout layout(Diagram diagram, LayoutConfiguration configuration) {
		return layout(diagram, configuration, DiagramPositions.EMPTY, null);
	}

	/**
	 * @param positions the positions users gave nodes (from the layout file); entries for identities not in the
	 *                  diagram are reported in {@link DiagramLayout#orphans()} and otherwise ignored
	 * @param previous  the previous layout of this diagram, or {@code null}; with the layered algorithm its
	 *                  ranks keep the remaining nodes in their layers and order
	 */
	public DiagramLayout layout(Diagram diagram, LayoutConfiguration configuration, DiagramPositions positions,
			DiagramLayout previous) {
		ElkGraphBuilder graph = new ElkGraphBuilder(sizes, configuration.direction()).build(diagram, positions);
		ElkUtil.applyVisitors(graph.root(), configuration.configurator());
		if (configuration.isLayered() && graph.nodes().size() > Defaults.LARGE_GRAPH_NODES
				&& !configuration.sets(LayeredOptions.THOROUGHNESS)) {
			Defaults.large(graph.root());
		}
		if (previous != null && configuration.isLayered() && !previous.ranks().isEmpty()) {
			Map<ElkNode, Rank> ranks = new HashMap<>();
			graph.nodes().forEach((id, node) -> {
				Rank r = previous.ranks().get(id);
				if (r != null) {
					ranks.put(node, r);
				}
			});
			graph.labelled().forEach((id, label) -> {
				Rank r = previous.ranks().get(label.node().getIdentifier());
				if (r != null) {
					ranks.put(label.node(), r);
				}
			});
			RankSeeder.seed(graph.root(), ranks);
		}
		new RecursiveGraphLayoutEngine().layout(graph.root(), new BasicProgressMonitor());
		ElkLayoutReader result = new ElkLayoutReader().read(graph, configuration.isLayered());
		PositionApplier placed = new PositionApplier(diagram, sizes, result.nodes(), result.edges()).apply(positions);
		return new DiagramLayout(extent(placed), placed.nodes(), placed.edges(), result.ranks(),
				positions.orphans(diagram));
	}

	private static Bounds extent(PositionApplier placed) {
		double minX = 0;
		double minY = 0;
		double maxX = 0;
		double maxY = 0;
		for (Bounds b : placed.nodes().values()) {
			minX = Math.min(minX, b.x());
			minY = Math.min(minY, b.y());
			maxX = Math.max(maxX, b.maxX());
			maxY = Math.max(maxY, b.maxY());
		}
		for (EdgeRoute r : placed.edges().values()) {
			for (Point p : r.points()) {
				minX = Math.min(minX, p.x());
				minY = Math.min(minY, p.y());
				maxX = Math.max(maxX, p.x());
				maxY = Math.max(maxY, p.y());
			}
			if (r.label().isPresent()) {
				maxX = Math.max(maxX, r.label().get().maxX());
				maxY = Math.max(maxY, r.label().get().maxY());
			}
		}
		double x = minX < 0 ? minX - MARGIN : 0;
		double y = minY < 0 ? minY - MARGIN : 0;
		return new Bounds(x, y, maxX + MARGIN - x, maxY + MARGIN - y);
	}
}
