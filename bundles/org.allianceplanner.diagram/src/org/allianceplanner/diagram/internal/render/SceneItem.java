package org.allianceplanner.diagram.internal.render;

import java.awt.Shape;

import org.allianceplanner.diagram.graph.FontStyle;
import org.allianceplanner.diagram.graph.LineStyle;
import org.allianceplanner.diagram.graph.RgbColor;

/** One thing to draw, in diagram coordinates, with everything the renderers need resolved. */
public sealed interface SceneItem permits SceneItem.Outline, SceneItem.Text {

	/** The identity of the diagram element the item belongs to. */
	String element();

	/** What part of the element: node, container, edge, arrow, label, icon, decoration. */
	String role();

	/** A shape, filled and/or stroked ({@code null} colour = not filled / not stroked). */
	record Outline(String element, String role, Shape shape, RgbColor fill, RgbColor stroke, double strokeWidth,
			LineStyle lineStyle) implements SceneItem {
	}

	/** One line of text, left end of its baseline at (x, y). */
	record Text(String element, String role, double x, double y, String text, FontStyle font) implements SceneItem {
	}
}
