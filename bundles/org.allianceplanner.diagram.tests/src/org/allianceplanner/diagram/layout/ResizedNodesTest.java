package org.allianceplanner.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.SyntheticDiagrams;
import org.junit.jupiter.api.Test;

/** Sizes users gave nodes (a resize in a diagram editor, kept in the layout file) are the sizes drawn. */
class ResizedNodesTest {

	private static final LayoutConfiguration CONFIG = LayoutConfiguration.layered();

	@Test
	void aResizedNodeHasTheUsersSizeAndOtherNodesMakeRoomForIt() {
		Diagram d = SyntheticDiagrams.responsibility();
		DiagramLayout free = Fixtures.layouter().layout(d, CONFIG);
		Bounds before = free.node("Task:evac").orElseThrow();
		double width = before.width() + 150;
		double height = before.height() + 80;
		DiagramPositions resized = DiagramPositions.of(
				Map.of("Task:evac", ElementPosition.pinned(before.x(), before.y()).withSize(width, height)));
		DiagramLayout layout = Fixtures.layouter().layout(d, CONFIG, resized, null);
		Bounds after = layout.node("Task:evac").orElseThrow();
		assertEquals(width, after.width(), 1e-9);
		assertEquals(height, after.height(), 1e-9);
		assertEquals(before.x(), after.x(), 1e-9);
		assertEquals(before.y(), after.y(), 1e-9);
		// the edges into the resized node end on its new border
		d.edges().stream().filter(e -> e.targetIdentity().equals("Task:evac")).forEach(e -> {
			Point end = layout.edge(e.identity()).orElseThrow().end();
			assertTrue(end.x() >= after.x() - 1 && end.x() <= after.maxX() + 1 && end.y() >= after.y() - 1
					&& end.y() <= after.maxY() + 1, e.identity() + " ends at " + end + ", not on " + after);
		});
	}

	@Test
	void aNodeIsNeverSmallerThanItsLabelNeeds() {
		Diagram d = SyntheticDiagrams.responsibility();
		Bounds core = Fixtures.layouter().layout(d, CONFIG).node("Task:evac").orElseThrow();
		DiagramPositions shrunk = DiagramPositions.of(
				Map.of("Task:evac", ElementPosition.pinned(0, 0).withSize(5, core.height() + 40)));
		Bounds after = Fixtures.layouter().layout(d, CONFIG, shrunk, null).node("Task:evac").orElseThrow();
		assertEquals(core.width(), after.width(), 1e-9, "the width the label needs");
		assertEquals(core.height() + 40, after.height(), 1e-9, "the taller height the user gave");
	}

	@Test
	void aResizedContainerIsAtLeastTheUsersSize() {
		Diagram d = SyntheticDiagrams.responsibility();
		Bounds core = Fixtures.layouter().layout(d, CONFIG).node("Government:jp").orElseThrow();
		DiagramPositions resized = DiagramPositions.of(Map.of("Government:jp",
				ElementPosition.pinned(0, 0).withSize(core.width() + 200, core.height() + 100)));
		DiagramLayout layout = Fixtures.layouter().layout(d, CONFIG, resized, null);
		Bounds after = layout.node("Government:jp").orElseThrow();
		assertEquals(core.width() + 200, after.width(), 1e-9);
		assertEquals(core.height() + 100, after.height(), 1e-9);
		Bounds child = layout.node("Party:jp.mod").orElseThrow();
		assertTrue(after.x() <= child.x() && child.maxX() <= after.maxX() && after.y() <= child.y()
				&& child.maxY() <= after.maxY(), "the container still holds its children");
	}

	@Test
	void positionsWithoutSizeKeepTheCoresSizes() {
		Diagram d = SyntheticDiagrams.responsibility();
		Bounds core = Fixtures.layouter().layout(d, CONFIG).node("Task:sar").orElseThrow();
		DiagramPositions moved = DiagramPositions.of(Map.of("Task:sar", ElementPosition.pinned(400, 300)));
		Bounds after = Fixtures.layouter().layout(d, CONFIG, moved, null).node("Task:sar").orElseThrow();
		assertFalse(ElementPosition.pinned(400, 300).hasSize());
		assertEquals(core.width(), after.width(), 1e-9);
		assertEquals(core.height(), after.height(), 1e-9);
	}
}
