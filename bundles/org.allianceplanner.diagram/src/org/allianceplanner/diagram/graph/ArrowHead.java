package org.allianceplanner.diagram.graph;

/** The decoration at one end of an edge (after Sirius's {@code EdgeArrows}). */
public enum ArrowHead {
	NONE, OPEN_ARROW, CLOSED_ARROW, FILLED_ARROW, DIAMOND, FILLED_DIAMOND
}
