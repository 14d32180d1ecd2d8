package org.allianceplanner.diagram.graph;

/** Where a decoration sits on its element (Sirius's {@code Position}). */
public enum Placement {
	NORTH_WEST, NORTH, NORTH_EAST, EAST, SOUTH_EAST, SOUTH, SOUTH_WEST, WEST, CENTER
}
