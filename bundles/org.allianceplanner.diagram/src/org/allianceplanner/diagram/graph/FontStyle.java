package org.allianceplanner.diagram.graph;

import java.util.Objects;

/** The resolved font of a label: size in points, weight, slant, colour. The family is the renderer's bundled font. */
public record FontStyle(int size, boolean bold, boolean italic, RgbColor color) {

	public static final FontStyle DEFAULT = new FontStyle(10, false, false, RgbColor.BLACK);

	public FontStyle {
		if (size <= 0) {
			throw new IllegalArgumentException("font size must be positive, was " + size);
		}
		Objects.requireNonNull(color, "color");
	}

	public FontStyle withSize(int newSize) {
		return new FontStyle(newSize, bold, italic, color);
	}

	public FontStyle withBold(boolean newBold) {
		return new FontStyle(size, newBold, italic, color);
	}

	public FontStyle withItalic(boolean newItalic) {
		return new FontStyle(size, bold, newItalic, color);
	}

	public FontStyle withColor(RgbColor newColor) {
		return new FontStyle(size, bold, italic, newColor);
	}
}
