package org.allianceplanner.diagram.interpreter;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.GraphDiff;

/** A diagram interpreted again, and what changed since the previous graph (editors redraw only that). */
public record Refresh(Diagram diagram, GraphDiff diff) {
}
