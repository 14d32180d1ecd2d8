package org.allianceplanner.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.diagram.graph.SyntheticDiagrams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After a one-node edit, laid out with the previous layout, every other node keeps its layer and its order
 * within the layer. Layers and positions are compared renumbered over the nodes both drawings have: removing
 * the only node of a layer closes that layer up, and removing a node closes its gap in the order.
 */
class StableLayoutTest {

	private static final LayoutConfiguration CONFIG = LayoutConfiguration.layered();

	@ParameterizedTest
	@ValueSource(ints = { 40, 120, 300 })
	void addingANodeKeepsTheOthersInTheirLayersAndOrder(int size) {
		Diagram before = SyntheticDiagrams.layered(size, null, false);
		Diagram after = SyntheticDiagrams.layered(size, null, true);
		DiagramLayout first = Fixtures.layouter().layout(before, CONFIG);
		DiagramLayout second = Fixtures.layouter().layout(after, CONFIG, DiagramPositions.EMPTY, first);
		assertKept(before, after, first, second);
		assertTrue(second.ranks().containsKey("Task:extra"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Task:3", "Task:7", "Task:20" })
	void removingANodeKeepsTheOthersInTheirLayersAndOrder(String removed) {
		Diagram before = SyntheticDiagrams.layered(120, null, false);
		Diagram after = SyntheticDiagrams.layered(120, removed, false);
		assertTrue(before.node(removed).isPresent() && after.node(removed).isEmpty());
		DiagramLayout first = Fixtures.layouter().layout(before, CONFIG);
		DiagramLayout second = Fixtures.layouter().layout(after, CONFIG, DiagramPositions.EMPTY, first);
		assertKept(before, after, first, second);
	}

	/** Per container (and the top level): the remaining siblings' relative layers and orders are equal. */
	private static void assertKept(Diagram before, Diagram after, DiagramLayout first, DiagramLayout second) {
		List<List<String>> levels = new ArrayList<>();
		levels.add(after.nodes().stream().map(DiagramNode::identity).toList());
		for (DiagramNode n : after.allNodes()) {
			if (!n.children().isEmpty()) {
				levels.add(n.children().stream().map(DiagramNode::identity).toList());
			}
		}
		int compared = 0;
		for (List<String> level : levels) {
			Set<String> common = new TreeSet<>(level);
			common.removeIf(id -> before.node(id).isEmpty());
			Map<String, Rank> was = Fixtures.relativeRanks(first.ranks(), common);
			Map<String, Rank> is = Fixtures.relativeRanks(second.ranks(), common);
			for (String id : common) {
				assertEquals(was.get(id), is.get(id), id + ": layer and in-layer position before and after the edit");
			}
			compared += common.size();
		}
		assertTrue(compared >= before.allNodes().size() - 1, "compared " + compared);
	}
}
