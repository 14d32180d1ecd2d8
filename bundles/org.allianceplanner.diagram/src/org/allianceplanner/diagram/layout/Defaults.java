package org.allianceplanner.diagram.layout;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.properties.IPropertyHolder;

/** Our defaults for ELK layered, before a description's own options. One place, so docs can name them. */
final class Defaults {

	private Defaults() {
	}

	/** Above this many nodes, layered sweeps fewer randomized orders (ELK's thoroughness 7 → 1). */
	static final int LARGE_GRAPH_NODES = 1000;

	/**
	 * For large graphs, unless the description chose a thoroughness: crossing minimization dominates ELK's time
	 * there (10,000 elements: about 4 s of CPU at thoroughness 1, several times that at 7).
	 */
	static void large(ElkNode root) {
		root.setProperty(LayeredOptions.THOROUGHNESS, 1);
		for (ElkNode child : root.getChildren()) {
			if (!child.getChildren().isEmpty()) {
				large(child);
			}
		}
	}

	static void layered(IPropertyHolder parents) {
		parents.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
		parents.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		// Edges between the insides of different containers (a party in a Government to a task) are common.
		parents.setProperty(LayeredOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		parents.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
		parents.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		parents.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
	}
}
