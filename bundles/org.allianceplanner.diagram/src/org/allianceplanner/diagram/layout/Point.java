package org.allianceplanner.diagram.layout;

/** A point in diagram coordinates. */
public record Point(double x, double y) {

	public Point translate(double dx, double dy) {
		return new Point(x + dx, y + dy);
	}
}
