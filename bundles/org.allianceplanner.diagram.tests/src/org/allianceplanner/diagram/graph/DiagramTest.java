package org.allianceplanner.diagram.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DiagramTest {

	private static DiagramNode node(String id) {
		return DiagramNode.builder(id).label(id).build();
	}

	@Test
	void indexesNodesAtEveryDepthAndTheirContainers() {
		DiagramNode inner = DiagramNode.container("inner").child(node("a")).build();
		Diagram d = Diagram.builder("d").descriptionName("Responsibility").title("T")
				.node(DiagramNode.container("outer").child(inner).child(node("b")).build()).node(node("c"))
				.edge(DiagramEdge.builder("e", "a", "c").build()).build();
		assertEquals(6, d.size());
		assertEquals(List.of("outer", "inner", "a", "b", "c"),
				d.allNodes().stream().map(DiagramNode::identity).toList());
		assertEquals(Optional.of("inner"), d.parentOf("a"));
		assertEquals(Optional.of("outer"), d.parentOf("b"));
		assertEquals(Optional.empty(), d.parentOf("c"));
		assertTrue(d.element("e").get() instanceof DiagramEdge);
		assertEquals(Optional.empty(), d.node("e"));
	}

	@Test
	void rejectsTwoElementsWithOneIdentity() {
		Diagram.Builder b = Diagram.builder("d").node(DiagramNode.container("x").child(node("a")).build()).node(node("a"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
		assertTrue(e.getMessage().contains("identity a"), e.getMessage());
	}

	@Test
	void rejectsAnEdgeToANodeNotInTheDiagram() {
		Diagram.Builder b = Diagram.builder("d").node(node("a")).edge(DiagramEdge.builder("e", "a", "ghost").build());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
		assertTrue(e.getMessage().contains("target of edge e is ghost"), e.getMessage());
	}

	@Test
	void onlyContainersHoldChildren() {
		assertThrows(IllegalArgumentException.class, () -> DiagramNode.builder("n").child(node("a")));
	}

	@Test
	void identitiesMustNotBeBlank() {
		assertThrows(IllegalArgumentException.class, () -> DiagramNode.builder(" "));
		assertThrows(IllegalArgumentException.class, () -> DiagramEdge.builder("e", "a", null));
	}

	@Test
	void graphsAreImmutable() {
		Diagram d = Diagram.builder("d").node(node("a")).build();
		assertThrows(UnsupportedOperationException.class, () -> d.nodes().add(node("b")));
		assertThrows(UnsupportedOperationException.class, () -> d.elements().clear());
	}

	@Test
	void colorsParseAndPrintAsHex() {
		assertEquals(new RgbColor(0x1f, 0x77, 0xb4), RgbColor.parse("#1F77b4"));
		assertEquals("#1f77b4", RgbColor.parse("#1F77b4").hex());
		assertThrows(IllegalArgumentException.class, () -> RgbColor.parse("red"));
		assertThrows(IllegalArgumentException.class, () -> new RgbColor(256, 0, 0));
	}

	@Test
	void stylesAreValuesAndBuildersStartFromThem() {
		NodeStyle s = NodeStyle.builder().shape(NodeShape.ELLIPSE).fillColor(RgbColor.parse("#ffeeaa")).build();
		assertEquals(s, s.toBuilder().build());
		assertEquals(NodeShape.ELLIPSE, s.toBuilder().borderWidth(2).build().shape());
		assertTrue(!s.equals(s.toBuilder().font(FontStyle.DEFAULT.withBold(true)).build()));
		EdgeStyle e = EdgeStyle.builder().lineStyle(LineStyle.DASH).build();
		assertEquals(e, e.toBuilder().build());
		assertEquals(ArrowHead.OPEN_ARROW, EdgeStyle.DEFAULT.targetArrow());
	}
}
