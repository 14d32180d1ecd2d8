package org.allianceplanner.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramEdge;
import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.diagram.graph.SyntheticDiagrams;
import org.allianceplanner.diagram.text.TextMetrics;
import org.junit.jupiter.api.Test;

class DiagramLayouterTest {

	private final Diagram diagram = SyntheticDiagrams.responsibility();
	private final DiagramLayout layout = Fixtures.layouter().layout(diagram, LayoutConfiguration.layered());

	@Test
	void everyElementIsPlacedInsideTheExtent() {
		assertEquals(diagram.allNodes().size(), layout.nodes().size());
		assertEquals(diagram.edges().size(), layout.edges().size());
		Bounds extent = layout.extent();
		layout.nodes().forEach((id, b) -> assertTrue(b.x() >= extent.x() && b.maxX() <= extent.maxX()
				&& b.y() >= extent.y() && b.maxY() <= extent.maxY(), id + " " + b + " outside " + extent));
	}

	@Test
	void containersHoldTheirChildrenAndSiblingsDoNotOverlap() {
		for (DiagramNode node : diagram.allNodes()) {
			Bounds b = layout.node(node.identity()).orElseThrow();
			List<DiagramNode> children = node.children();
			for (DiagramNode child : children) {
				Bounds c = layout.node(child.identity()).orElseThrow();
				assertTrue(c.x() >= b.x() && c.maxX() <= b.maxX() && c.y() >= b.y() && c.maxY() <= b.maxY(),
						child.identity() + " " + c + " outside its container " + b);
			}
			for (DiagramNode a : children) {
				for (DiagramNode o : children) {
					if (a != o) {
						assertFalse(layout.node(a.identity()).orElseThrow().intersects(layout.node(o.identity()).orElseThrow()),
								a.identity() + " overlaps " + o.identity());
					}
				}
			}
		}
		for (DiagramNode a : diagram.nodes()) {
			for (DiagramNode o : diagram.nodes()) {
				if (a != o) {
					assertFalse(layout.node(a.identity()).orElseThrow().intersects(layout.node(o.identity()).orElseThrow()),
							a.identity() + " overlaps " + o.identity());
				}
			}
		}
	}

	@Test
	void edgesRunFromTheSourceBorderToTheTargetBorder() {
		for (DiagramEdge e : diagram.edges()) {
			EdgeRoute r = layout.edge(e.identity()).orElseThrow();
			assertTrue(onBorder(r.start(), layout.node(e.sourceIdentity()).orElseThrow()), e + " starts at " + r.start());
			assertTrue(onBorder(r.end(), layout.node(e.targetIdentity()).orElseThrow()), e + " ends at " + r.end());
			assertEquals(!e.label().isEmpty(), r.label().isPresent(), e.toString());
		}
	}

	@Test
	void nodesAreSizedForTheirLabels() {
		TextMetrics metrics = new TextMetrics(Fixtures.FONT);
		for (DiagramNode n : diagram.allNodes()) {
			Bounds b = layout.node(n.identity()).orElseThrow();
			double text = 0;
			for (String line : TextMetrics.lines(n.label())) {
				text = Math.max(text, metrics.width(line, n.style().font()));
			}
			assertTrue(b.width() >= text, n.identity() + " is " + b.width() + " wide for a label of " + text);
		}
	}

	@Test
	void theSameGraphGivesTheSameLayout() {
		DiagramLayout again = Fixtures.layouter().layout(SyntheticDiagrams.responsibility(), LayoutConfiguration.layered());
		assertEquals(layout.nodes(), again.nodes());
		assertEquals(layout.edges(), again.edges());
	}

	private static boolean onBorder(Point p, Bounds b) {
		double eps = 1.5;
		boolean inX = p.x() >= b.x() - eps && p.x() <= b.maxX() + eps;
		boolean inY = p.y() >= b.y() - eps && p.y() <= b.maxY() + eps;
		boolean onVertical = Math.abs(p.x() - b.x()) <= eps || Math.abs(p.x() - b.maxX()) <= eps;
		boolean onHorizontal = Math.abs(p.y() - b.y()) <= eps || Math.abs(p.y() - b.maxY()) <= eps;
		return inX && inY && (onVertical || onHorizontal);
	}
}
