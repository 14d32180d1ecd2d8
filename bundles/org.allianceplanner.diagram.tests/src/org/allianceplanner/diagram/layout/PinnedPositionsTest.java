package org.allianceplanner.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.SyntheticDiagrams;
import org.junit.jupiter.api.Test;

/** Pinned nodes never move: not by layout, not by edits of other nodes, not by "arrange all". */
class PinnedPositionsTest {

	private static final LayoutConfiguration CONFIG = LayoutConfiguration.layered();

	private final DiagramPositions pins = DiagramPositions.of(Map.of(
			"Task:4", ElementPosition.pinned(700, 5),
			"Task:9", ElementPosition.pinned(3, 480),
			"Task:2", ElementPosition.moved(300, 300),
			"Task:gone", ElementPosition.pinned(1, 1)));

	@Test
	void pinnedAndMovedNodesStayWhereTheUserPutThem() {
		Diagram d = SyntheticDiagrams.layered(120, null, false);
		DiagramLayout free = Fixtures.layouter().layout(d, CONFIG);
		assertNotEquals(new Bounds(700, 5, 0, 0).x(), free.node("Task:4").orElseThrow().x(), "test needs a real move");
		DiagramLayout layout = Fixtures.layouter().layout(d, CONFIG, pins, null);
		assertAt(layout, "Task:4", 700, 5);
		assertAt(layout, "Task:9", 3, 480);
		assertAt(layout, "Task:2", 300, 300);
	}

	@Test
	void pinnedNodesDoNotMoveWhenOtherNodesAreAddedOrRemoved() {
		DiagramLayout first = Fixtures.layouter().layout(SyntheticDiagrams.layered(120, null, false), CONFIG, pins,
				null);
		for (Diagram edited : List.of(SyntheticDiagrams.layered(120, null, true),
				SyntheticDiagrams.layered(120, "Task:7", false), SyntheticDiagrams.layered(120, "Task:3", false))) {
			DiagramLayout next = Fixtures.layouter().layout(edited, CONFIG, pins, first);
			assertEquals(first.node("Task:4"), next.node("Task:4"), edited.toString());
			assertEquals(first.node("Task:9"), next.node("Task:9"), edited.toString());
		}
	}

	@Test
	void arrangeAllKeepsPinnedNodesOnly() {
		Diagram d = SyntheticDiagrams.layered(120, null, false);
		DiagramLayout arranged = Fixtures.layouter().layout(d, CONFIG, pins.pinnedOnly(), null);
		assertAt(arranged, "Task:4", 700, 5);
		assertAt(arranged, "Task:9", 3, 480);
		Bounds moved = arranged.node("Task:2").orElseThrow();
		assertTrue(moved.x() != 300 || moved.y() != 300, "an unpinned move is undone by arrange all");
	}

	@Test
	void edgesOfAMovedNodeStillJoinTheirEnds() {
		Diagram d = SyntheticDiagrams.layered(120, null, false);
		DiagramLayout layout = Fixtures.layouter().layout(d, CONFIG, pins, null);
		d.edges().stream().filter(e -> e.sourceIdentity().equals("Task:4") || e.targetIdentity().equals("Task:4"))
				.forEach(e -> {
					EdgeRoute r = layout.edge(e.identity()).orElseThrow();
					Bounds s = layout.node(e.sourceIdentity()).orElseThrow();
					Bounds t = layout.node(e.targetIdentity()).orElseThrow();
					assertTrue(near(r.start(), s) && near(r.end(), t), e + " " + r.points() + " " + s + " " + t);
				});
	}

	@Test
	void positionsOfElementsNoLongerInTheDiagramAreReported() {
		DiagramLayout layout = Fixtures.layouter().layout(SyntheticDiagrams.layered(120, null, false), CONFIG, pins,
				null);
		assertEquals(List.of("Task:gone"), layout.orphans());
	}

	@Test
	void aPinnedChildKeepsItsPlaceInItsContainer() {
		Diagram d = SyntheticDiagrams.responsibility();
		DiagramPositions p = DiagramPositions.of(Map.of("Party:jp.mofa", ElementPosition.pinned(10, 200)));
		DiagramLayout layout = Fixtures.layouter().layout(d, CONFIG, p, null);
		Bounds container = layout.node("Government:jp").orElseThrow();
		Bounds child = layout.node("Party:jp.mofa").orElseThrow();
		assertEquals(container.x() + 10, child.x(), 1e-9);
		assertEquals(container.y() + 200, child.y(), 1e-9);
		assertTrue(container.maxY() >= child.maxY(), "the container grows to hold its pinned child");
	}

	private static void assertAt(DiagramLayout layout, String id, double x, double y) {
		Bounds b = layout.node(id).orElseThrow();
		assertEquals(x, b.x(), 1e-9, id);
		assertEquals(y, b.y(), 1e-9, id);
	}

	private static boolean near(Point p, Bounds b) {
		return p.x() >= b.x() - 1 && p.x() <= b.maxX() + 1 && p.y() >= b.y() - 1 && p.y() <= b.maxY() + 1;
	}
}
