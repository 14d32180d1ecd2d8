package org.allianceplanner.diagram.internal.layout;

import java.util.HashMap;
import java.util.Map;

import org.allianceplanner.diagram.layout.Rank;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Keeps a drawing stable across edits: nodes of the previous layout are placed at pseudo positions that
 * encode their previous layer and in-layer position, and ELK layered runs its interactive cycle breaking,
 * layering and crossing minimization, which take layers and order from those positions (ELK's own
 * interactive layout works the same way). A new node goes one layer after its known predecessors, last in
 * that layer. Applies per level: every container is seeded from its own children's ranks.
 */
public final class RankSeeder {

	/** Far larger than any node, so that pseudo positions never overlap. */
	private static final double SPACING = 100_000;

	private RankSeeder() {
	}

	public static void seed(ElkNode parent, Map<ElkNode, Rank> previous) {
		if (parent.getChildren().isEmpty()) {
			return;
		}
		parent.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
		parent.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
		parent.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.INTERACTIVE);
		// Components laid out apart would each restart at layer 0; ranks span the whole level.
		parent.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
		Map<ElkNode, Rank> ranks = new HashMap<>();
		Map<Integer, Integer> lastInLayer = new HashMap<>();
		for (ElkNode child : parent.getChildren()) {
			Rank r = previous.get(child);
			if (r != null) {
				ranks.put(child, r);
				lastInLayer.merge(r.layer(), r.position(), Math::max);
			}
		}
		for (ElkNode child : parent.getChildren()) {
			if (!ranks.containsKey(child)) {
				int layer = 0;
				for (ElkEdge in : ElkGraphUtil.allIncomingEdges(child)) {
					ElkNode source = ElkGraphUtil.connectableShapeToNode(in.getSources().get(0));
					Rank r = ranks.get(source);
					if (r != null) {
						layer = Math.max(layer, r.layer() + 1);
					}
				}
				int position = lastInLayer.merge(layer, 0, (old, zero) -> old + 1);
				ranks.put(child, new Rank(layer, position));
			}
		}
		Direction direction = parent.getProperty(LayeredOptions.DIRECTION);
		ranks.forEach((child, r) -> {
			double along = r.layer() * SPACING;
			double across = r.position() * SPACING;
			switch (direction) {
			case DOWN -> child.setLocation(across, along);
			case UP -> child.setLocation(across, -along);
			case LEFT -> child.setLocation(-along, across);
			default -> child.setLocation(along, across);
			}
		});
		for (ElkNode child : parent.getChildren()) {
			seed(child, previous);
		}
	}
}
