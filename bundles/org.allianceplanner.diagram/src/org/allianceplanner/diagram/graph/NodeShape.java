package org.allianceplanner.diagram.graph;

/** The outline of a node or container (after Sirius's node styles: square, lozenge, ellipse, note). */
public enum NodeShape {
	RECTANGLE, ROUNDED_RECTANGLE, ELLIPSE, LOZENGE, NOTE, HEXAGON
}
