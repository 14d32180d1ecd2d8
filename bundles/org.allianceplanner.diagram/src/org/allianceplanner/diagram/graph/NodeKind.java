package org.allianceplanner.diagram.graph;

/** A node mapping gives a {@link #NODE}; a container mapping gives a {@link #CONTAINER}, which holds children. */
public enum NodeKind {
	NODE, CONTAINER
}
