package org.allianceplanner.diagram.internal.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceplanner.diagram.layout.Bounds;
import org.allianceplanner.diagram.layout.EdgeRoute;
import org.allianceplanner.diagram.layout.Point;
import org.allianceplanner.diagram.layout.Rank;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;

/** Reads ELK's result back: absolute node bounds, absolute edge routes and layered ranks, by identity. */
public final class ElkLayoutReader {

	private final Map<String, Bounds> nodes = new LinkedHashMap<>();
	private final Map<String, EdgeRoute> edges = new LinkedHashMap<>();
	private final Map<String, Rank> ranks = new LinkedHashMap<>();

	public ElkLayoutReader read(ElkGraphBuilder graph, boolean layered) {
		Map<ElkNode, KVector> origins = new java.util.HashMap<>();
		origins.put(graph.root(), new KVector(0, 0));
		graph.nodes().forEach((id, n) -> {
			KVector abs = origin(n, origins);
			nodes.put(id, new Bounds(abs.x, abs.y, n.getWidth(), n.getHeight()));
		});
		if (layered) {
			readRanks(graph.root());
		}
		graph.edges().forEach((id, e) -> {
			EdgeRoute r = route(e, origin(e.getContainingNode(), origins));
			if (r != null) {
				edges.put(id, r);
			}
		});
		graph.labelled().forEach((id, l) -> {
			EdgeRoute first = route(l.first(), origin(l.first().getContainingNode(), origins));
			EdgeRoute second = route(l.second(), origin(l.second().getContainingNode(), origins));
			if (first != null && second != null) {
				List<Point> points = new ArrayList<>(first.points());
				second.points().forEach(p -> add(points, p.x(), p.y()));
				KVector o = origin(l.node(), origins);
				edges.put(id, new EdgeRoute(points,
						Optional.of(new Bounds(o.x, o.y, l.node().getWidth(), l.node().getHeight()))));
			}
		});
		return this;
	}

	/**
	 * Ranks among siblings, read from the drawing as ELK's interactive layering reads positions: along the
	 * layout direction, nodes whose extents overlap share a layer; across it, their order is their position.
	 * (ELK's own layer ids count layers of dummy nodes and restart in every connected component, so they are
	 * not stable across edits.)
	 */
	private void readRanks(ElkNode parent) {
		List<ElkNode> children = new ArrayList<>(parent.getChildren());
		if (children.isEmpty()) {
			return;
		}
		Direction direction = parent.getProperty(LayeredOptions.DIRECTION);
		boolean vertical = direction == Direction.DOWN || direction == Direction.UP;
		double sign = direction == Direction.UP || direction == Direction.LEFT ? -1 : 1;
		java.util.function.ToDoubleFunction<ElkNode> start = n -> sign < 0
				? -(vertical ? n.getY() + n.getHeight() : n.getX() + n.getWidth())
				: (vertical ? n.getY() : n.getX());
		java.util.function.ToDoubleFunction<ElkNode> size = n -> vertical ? n.getHeight() : n.getWidth();
		java.util.function.ToDoubleFunction<ElkNode> across = n -> vertical ? n.getX() + n.getWidth() / 2
				: n.getY() + n.getHeight() / 2;
		children.sort(java.util.Comparator.comparingDouble(start));
		List<List<ElkNode>> layers = new ArrayList<>();
		double end = Double.NEGATIVE_INFINITY;
		for (ElkNode c : children) {
			if (layers.isEmpty() || start.applyAsDouble(c) >= end) {
				layers.add(new ArrayList<>());
				end = Double.NEGATIVE_INFINITY;
			}
			layers.get(layers.size() - 1).add(c);
			end = Math.max(end, start.applyAsDouble(c) + size.applyAsDouble(c));
		}
		for (int layer = 0; layer < layers.size(); layer++) {
			List<ElkNode> nodesOfLayer = layers.get(layer);
			nodesOfLayer.sort(java.util.Comparator.comparingDouble(across));
			for (int position = 0; position < nodesOfLayer.size(); position++) {
				ranks.put(nodesOfLayer.get(position).getIdentifier(), new Rank(layer, position));
			}
		}
		for (ElkNode child : parent.getChildren()) {
			readRanks(child);
		}
	}

	/** Absolute position of a node's top-left corner (ELK's coordinates are relative to the parent). */
	private static KVector origin(ElkNode node, Map<ElkNode, KVector> origins) {
		KVector known = origins.get(node);
		if (known != null) {
			return known;
		}
		KVector parent = origin(node.getParent(), origins);
		KVector abs = new KVector(parent.x + node.getX(), parent.y + node.getY());
		origins.put(node, abs);
		return abs;
	}

	private static EdgeRoute route(ElkEdge edge, KVector o) {
		List<Point> points = new ArrayList<>();
		for (ElkEdgeSection s : edge.getSections()) {
			add(points, o.x + s.getStartX(), o.y + s.getStartY());
			for (ElkBendPoint b : s.getBendPoints()) {
				add(points, o.x + b.getX(), o.y + b.getY());
			}
			add(points, o.x + s.getEndX(), o.y + s.getEndY());
		}
		if (points.size() < 2) {
			return null; // not routed by the algorithm: the caller draws it straight
		}
		return new EdgeRoute(points, Optional.empty());
	}

	private static void add(List<Point> points, double x, double y) {
		Point p = new Point(x, y);
		if (points.isEmpty() || !points.get(points.size() - 1).equals(p)) {
			points.add(p);
		}
	}

	public Map<String, Bounds> nodes() {
		return nodes;
	}

	public Map<String, EdgeRoute> edges() {
		return edges;
	}

	public Map<String, Rank> ranks() {
		return ranks;
	}
}
