package org.allianceplanner.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.SyntheticDiagrams;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.junit.jupiter.api.Test;

class LayoutConfigurationTest {

	@Test
	void layeredIsKnownInsideOsgiToo() {
		// These tests run in OSGi, where ELK's ServiceLoader lookup does not see the layered bundle.
		assertEquals(LayeredOptions.ALGORITHM_ID, LayoutConfiguration.of("layered").algorithmId());
		assertTrue(LayoutConfiguration.layered().isLayered());
	}

	@Test
	void optionsParseFromTheirIdsAndTextValues() {
		LayoutConfiguration c = LayoutConfiguration.layered().with("elk.direction", "DOWN")
				.with("org.eclipse.elk.spacing.nodeNode", "40");
		assertEquals(Direction.DOWN, c.direction());
		assertEquals(40.0, c.options().get(CoreOptions.SPACING_NODE_NODE));
	}

	@Test
	void badOptionsAreNamed() {
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> LayoutConfiguration.layered().with("elk.nosuchoption", "1"));
		assertTrue(unknown.getMessage().contains("elk.nosuchoption"), unknown.getMessage());
		IllegalArgumentException value = assertThrows(IllegalArgumentException.class,
				() -> LayoutConfiguration.layered().with("elk.direction", "SIDEWAYS"));
		assertTrue(value.getMessage().contains("SIDEWAYS") && value.getMessage().contains("org.eclipse.elk.direction"),
				value.getMessage());
		IllegalArgumentException algorithm = assertThrows(IllegalArgumentException.class,
				() -> LayoutConfiguration.of("org.example.nosuch"));
		assertTrue(algorithm.getMessage().contains("org.example.nosuch"), algorithm.getMessage());
	}

	@Test
	void theDirectionOptionTurnsTheDrawing() {
		Diagram d = SyntheticDiagrams.layered(40, null, false);
		DiagramLayout right = Fixtures.layouter().layout(d, LayoutConfiguration.layered());
		DiagramLayout down = Fixtures.layouter().layout(d,
				LayoutConfiguration.layered().with(LayeredOptions.DIRECTION, Direction.DOWN));
		// Task:0 is a source: with layers going right it is left of its successors, going down it is above them.
		Bounds r0 = right.node("Task:0").orElseThrow();
		Bounds d0 = down.node("Task:0").orElseThrow();
		d.edges().stream().filter(e -> e.sourceIdentity().equals("Task:0")).forEach(e -> {
			assertTrue(right.node(e.targetIdentity()).orElseThrow().x() > r0.maxX(), e.toString());
			assertTrue(down.node(e.targetIdentity()).orElseThrow().y() > d0.maxY(), e.toString());
		});
	}

	@Test
	void anotherAlgorithmCanBeChosen() {
		Diagram d = SyntheticDiagrams.responsibility();
		DiagramLayout fixed = Fixtures.layouter().layout(d, LayoutConfiguration.of("org.eclipse.elk.fixed"));
		assertEquals(d.allNodes().size(), fixed.nodes().size());
		assertTrue(fixed.ranks().isEmpty(), "ranks are a layered notion");
	}
}
