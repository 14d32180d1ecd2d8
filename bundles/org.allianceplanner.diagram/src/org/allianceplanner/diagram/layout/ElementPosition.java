package org.allianceplanner.diagram.layout;

/**
 * A position a user gave a node: its top-left corner relative to the top-left corner of its container (or of
 * the diagram, for a top-level node). A pinned position survives "arrange all"; a moved one does not.
 * <p>
 * A node the user resized also carries its {@code width} and {@code height}; a width and height of 0 mean "no
 * size of the user's": the core sizes the node for its label. Layout never makes a node smaller than the core's
 * size for its label (the text must fit), nor a container smaller than what it holds.
 */
public record ElementPosition(double x, double y, boolean pinned, double width, double height) {

	public ElementPosition {
		if (!Double.isFinite(x) || !Double.isFinite(y)) {
			throw new IllegalArgumentException("a position needs finite coordinates, got " + x + ", " + y);
		}
		if (!Double.isFinite(width) || !Double.isFinite(height) || width < 0 || height < 0
				|| (width == 0) != (height == 0)) {
			throw new IllegalArgumentException(
					"a size needs a positive width and height (or neither), got " + width + " x " + height);
		}
	}

	/** A position without a size of the user's. */
	public ElementPosition(double x, double y, boolean pinned) {
		this(x, y, pinned, 0, 0);
	}

	public static ElementPosition moved(double x, double y) {
		return new ElementPosition(x, y, false);
	}

	public static ElementPosition pinned(double x, double y) {
		return new ElementPosition(x, y, true);
	}

	/** Whether the user gave the node a size (a resize in a diagram editor). */
	public boolean hasSize() {
		return width > 0;
	}

	/** The same position with the size the user gave the node. */
	public ElementPosition withSize(double newWidth, double newHeight) {
		return new ElementPosition(x, y, pinned, newWidth, newHeight);
	}
}
