package org.allianceplanner.diagram.internal.render;

import java.util.List;

import org.allianceplanner.diagram.layout.Bounds;

/**
 * A laid-out diagram as a list of drawing items in painting order: one resolution of geometry and style that
 * the SVG writer and the Java2D painter (PNG, PDF) both draw, so the formats cannot drift apart.
 */
public record Scene(String title, Bounds extent, List<SceneItem> items) {

	public Scene {
		items = List.copyOf(items);
	}

	/** Line dash pattern for a line style and width: on/off lengths, empty for solid. */
	public static float[] dashes(org.allianceplanner.diagram.graph.LineStyle style, double width) {
		float w = (float) Math.max(1, width);
		return switch (style) {
		case SOLID -> new float[0];
		case DASH -> new float[] { 6 * w, 4 * w };
		case DOT -> new float[] { w, 3 * w };
		case DASH_DOT -> new float[] { 6 * w, 3 * w, w, 3 * w };
		};
	}
}
