package org.allianceplanner.diagram.graph;

import java.util.Locale;

/** A resolved colour (Sirius resolves its named system colours to RGB the same way). */
public record RgbColor(int red, int green, int blue) {

	public static final RgbColor BLACK = new RgbColor(0, 0, 0);
	public static final RgbColor WHITE = new RgbColor(255, 255, 255);
	public static final RgbColor GRAY = new RgbColor(136, 136, 136);
	public static final RgbColor LIGHT_GRAY = new RgbColor(209, 209, 209);

	public RgbColor {
		check(red, "red");
		check(green, "green");
		check(blue, "blue");
	}

	private static void check(int value, String channel) {
		if (value < 0 || value > 255) {
			throw new IllegalArgumentException(channel + " must be 0..255, was " + value);
		}
	}

	/** Parses {@code #rrggbb} (case-insensitive). */
	public static RgbColor parse(String hex) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
			throw new IllegalArgumentException("not a colour of the form #rrggbb: " + hex);
		}
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return new RgbColor(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
	}

	/** {@code #rrggbb}, lower case. */
	public String hex() {
		return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
	}

	@Override
	public String toString() {
		return hex();
	}
}
