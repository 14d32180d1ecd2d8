package org.allianceplanner.diagram.internal.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramEdge;
import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.diagram.layout.Bounds;
import org.allianceplanner.diagram.layout.DiagramPositions;
import org.allianceplanner.diagram.layout.EdgeRoute;
import org.allianceplanner.diagram.layout.ElementPosition;
import org.allianceplanner.diagram.layout.Point;

/**
 * Puts the nodes users moved or pinned where they put them, after ELK: a node's stored position is relative to
 * its container, so a container carries its children along. Containers grow to hold a child placed outside
 * them. Edges whose two ends moved by the same amount move along; the others are drawn straight between the
 * borders (ELK's route no longer fits them).
 */
public final class PositionApplier {

	private final Diagram diagram;
	private final NodeSizes sizes;
	private final Map<String, Bounds> nodes;
	private final Map<String, EdgeRoute> edges;
	private final Map<String, Point> shift = new LinkedHashMap<>();

	public PositionApplier(Diagram diagram, NodeSizes sizes, Map<String, Bounds> nodes, Map<String, EdgeRoute> edges) {
		this.diagram = diagram;
		this.sizes = sizes;
		this.nodes = new LinkedHashMap<>(nodes);
		this.edges = new LinkedHashMap<>(edges);
	}

	public PositionApplier apply(DiagramPositions positions) {
		for (DiagramNode top : diagram.nodes()) {
			place(top, 0, 0, 0, 0, positions);
		}
		for (DiagramNode top : diagram.nodes()) {
			grow(top);
		}
		for (DiagramEdge edge : diagram.edges()) {
			Point s = shift.getOrDefault(edge.sourceIdentity(), new Point(0, 0));
			Point t = shift.getOrDefault(edge.targetIdentity(), new Point(0, 0));
			EdgeRoute route = edges.get(edge.identity());
			if (route != null && s.equals(t)) {
				if (s.x() != 0 || s.y() != 0) {
					edges.put(edge.identity(), route.translate(s.x(), s.y()));
				}
			} else {
				edges.put(edge.identity(), straight(edge, route));
			}
		}
		return this;
	}

	/**
	 * Places a node: parent's new top-left plus its stored position, or where ELK put it shifted by the parent's
	 * move. Children follow.
	 */
	private void place(DiagramNode node, double parentOldX, double parentOldY, double parentNewX, double parentNewY,
			DiagramPositions positions) {
		Bounds old = nodes.get(node.identity());
		Optional<ElementPosition> p = positions.get(node.identity());
		double x = p.isPresent() ? parentNewX + p.get().x() : old.x() + (parentNewX - parentOldX);
		double y = p.isPresent() ? parentNewY + p.get().y() : old.y() + (parentNewY - parentOldY);
		Bounds moved = new Bounds(x, y, old.width(), old.height());
		nodes.put(node.identity(), moved);
		if (x != old.x() || y != old.y()) {
			shift.put(node.identity(), new Point(x - old.x(), y - old.y()));
		}
		for (DiagramNode child : node.children()) {
			place(child, old.x(), old.y(), x, y, positions);
		}
	}

	/** A container grows right and down to hold children placed beyond its border. */
	private Bounds grow(DiagramNode node) {
		Bounds b = nodes.get(node.identity());
		if (node.children().isEmpty()) {
			return b;
		}
		double maxX = b.maxX();
		double maxY = b.maxY();
		for (DiagramNode child : node.children()) {
			Bounds c = grow(child);
			maxX = Math.max(maxX, c.maxX() + NodeSizes.PADDING_X);
			maxY = Math.max(maxY, c.maxY() + NodeSizes.PADDING_X);
		}
		Bounds grown = new Bounds(b.x(), b.y(), maxX - b.x(), maxY - b.y());
		nodes.put(node.identity(), grown);
		return grown;
	}

	private EdgeRoute straight(DiagramEdge edge, EdgeRoute previous) {
		Bounds s = nodes.get(edge.sourceIdentity());
		Bounds t = nodes.get(edge.targetIdentity());
		Point a = border(s, t.center());
		Point b = border(t, s.center());
		Optional<Bounds> label = Optional.empty();
		if (previous != null && previous.label().isPresent()) {
			Bounds l = previous.label().get();
			label = Optional.of(new Bounds((a.x() + b.x() - l.width()) / 2, (a.y() + b.y() - l.height()) / 2,
					l.width(), l.height()));
		} else if (!edge.label().isEmpty()) {
			var size = sizes.metrics().measure(edge.label(), edge.style().labelFont());
			label = Optional.of(new Bounds((a.x() + b.x() - size.width()) / 2, (a.y() + b.y() - size.height()) / 2,
					size.width(), size.height()));
		}
		List<Point> points = new ArrayList<>(List.of(a, b));
		return new EdgeRoute(points, label);
	}

	/** Where the line from the box's centre towards {@code toward} leaves the box. */
	static Point border(Bounds box, Point toward) {
		Point c = box.center();
		double dx = toward.x() - c.x();
		double dy = toward.y() - c.y();
		if (dx == 0 && dy == 0) {
			return c;
		}
		double sx = dx == 0 ? Double.POSITIVE_INFINITY : (box.width() / 2) / Math.abs(dx);
		double sy = dy == 0 ? Double.POSITIVE_INFINITY : (box.height() / 2) / Math.abs(dy);
		double s = Math.min(sx, sy);
		return new Point(c.x() + dx * s, c.y() + dy * s);
	}

	public Map<String, Bounds> nodes() {
		return nodes;
	}

	public Map<String, EdgeRoute> edges() {
		return edges;
	}
}
