package org.allianceplanner.diagram.layout;

/**
 * Where the layered algorithm put a node among its siblings: the layer (0 is the first in the layout direction)
 * and the position in that layer. Passed back as the previous layout, ranks keep the drawing stable.
 */
public record Rank(int layer, int position) {
}
