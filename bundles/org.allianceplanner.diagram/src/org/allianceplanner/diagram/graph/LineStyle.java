package org.allianceplanner.diagram.graph;

/** How a border or an edge is stroked (Sirius's {@code LineStyle}). */
public enum LineStyle {
	SOLID, DASH, DOT, DASH_DOT
}
