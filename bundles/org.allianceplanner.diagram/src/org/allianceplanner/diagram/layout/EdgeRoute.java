package org.allianceplanner.diagram.layout;

import java.util.List;
import java.util.Optional;

/**
 * Where an edge runs: its points from the source's border to the target's border (bend points between) and,
 * if it has a label, the label's box.
 */
public record EdgeRoute(List<Point> points, Optional<Bounds> label) {

	public EdgeRoute {
		points = List.copyOf(points);
		if (points.size() < 2) {
			throw new IllegalArgumentException("an edge route needs at least two points, got " + points);
		}
	}

	public Point start() {
		return points.get(0);
	}

	public Point end() {
		return points.get(points.size() - 1);
	}

	public EdgeRoute translate(double dx, double dy) {
		return new EdgeRoute(points.stream().map(p -> p.translate(dx, dy)).toList(),
				label.map(b -> b.translate(dx, dy)));
	}
}
