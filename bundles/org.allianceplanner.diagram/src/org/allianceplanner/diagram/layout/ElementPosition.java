package org.allianceplanner.diagram.layout;

/**
 * A position a user gave a node: its top-left corner relative to the top-left corner of its container (or of
 * the diagram, for a top-level node). A pinned position survives "arrange all"; a moved one does not.
 */
public record ElementPosition(double x, double y, boolean pinned) {

	public ElementPosition {
		if (!Double.isFinite(x) || !Double.isFinite(y)) {
			throw new IllegalArgumentException("a position needs finite coordinates, got " + x + ", " + y);
		}
	}

	public static ElementPosition moved(double x, double y) {
		return new ElementPosition(x, y, false);
	}

	public static ElementPosition pinned(double x, double y) {
		return new ElementPosition(x, y, true);
	}
}
