package org.allianceplanner.diagram.layout;

/** A rectangle in diagram coordinates: top-left corner and size. */
public record Bounds(double x, double y, double width, double height) {

	public double maxX() {
		return x + width;
	}

	public double maxY() {
		return y + height;
	}

	public Point center() {
		return new Point(x + width / 2, y + height / 2);
	}

	public Bounds translate(double dx, double dy) {
		return new Bounds(x + dx, y + dy, width, height);
	}

	public boolean intersects(Bounds o) {
		return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
	}
}
