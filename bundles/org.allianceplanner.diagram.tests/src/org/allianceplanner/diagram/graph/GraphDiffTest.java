package org.allianceplanner.diagram.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.allianceplanner.diagram.graph.GraphDiff.Aspect;
import org.junit.jupiter.api.Test;

class GraphDiffTest {

	private static DiagramNode node(String id) {
		return DiagramNode.builder(id).label(id).build();
	}

	private static Diagram base() {
		return Diagram.builder("d").title("T")
				.node(DiagramNode.container("box").child(node("a")).child(node("b")).build()).node(node("c"))
				.edge(DiagramEdge.builder("e1", "a", "c").label("supports").build()).build();
	}

	private static List<String> ids(List<? extends DiagramElement> elements) {
		return elements.stream().map(DiagramElement::identity).toList();
	}

	@Test
	void equalGraphsBuiltSeparatelyHaveNoDifference() {
		GraphDiff diff = GraphDiff.between(base(), base());
		assertTrue(diff.isEmpty(), diff.toString());
	}

	@Test
	void reportsAddedAndRemovedElementsByIdentity() {
		Diagram after = Diagram.builder("d").title("T")
				.node(DiagramNode.container("box").child(node("a")).child(node("b")).build()).node(node("d"))
				.edge(DiagramEdge.builder("e2", "a", "d").build()).build();
		GraphDiff diff = GraphDiff.between(base(), after);
		assertEquals(List.of("d", "e2"), ids(diff.added()));
		assertEquals(List.of("c", "e1"), ids(diff.removed()));
		assertTrue(diff.changed().isEmpty(), diff.changed().toString());
	}

	@Test
	void aChildsLabelChangesOnlyThatChild() {
		Diagram after = Diagram.builder("d").title("T")
				.node(DiagramNode.container("box").child(node("a").toBuilder().label("A!").build()).child(node("b"))
						.build())
				.node(node("c")).edge(DiagramEdge.builder("e1", "a", "c").label("supports").build()).build();
		GraphDiff diff = GraphDiff.between(base(), after);
		assertEquals(1, diff.changed().size(), diff.changed().toString());
		assertEquals("a", diff.changed().get(0).identity());
		assertEquals(EnumSet.of(Aspect.LABEL), diff.changed().get(0).aspects());
	}

	@Test
	void reportsEachChangedAspect() {
		Diagram before = base();
		DiagramNode c = node("c").toBuilder().style(NodeStyle.builder().fillColor(RgbColor.parse("#ff0000")).build())
				.decoration(Decoration.of(Severity.ERROR, "R-12", "no primary responsibility")).layer("Findings").build();
		Diagram after = Diagram.builder("d").title("T 2")
				.node(DiagramNode.container("box").child(node("b")).child(node("a")).build()).node(c)
				.edge(DiagramEdge.builder("e1", "b", "c").label("supports")
						.style(EdgeStyle.builder().lineStyle(LineStyle.DOT).build()).build())
				.build();
		GraphDiff diff = GraphDiff.between(before, after);
		assertTrue(diff.headerChanged());
		assertEquals(EnumSet.of(Aspect.CHILDREN), aspects(diff, "box"));
		assertEquals(EnumSet.of(Aspect.STYLE, Aspect.DECORATIONS, Aspect.LAYER), aspects(diff, "c"));
		assertEquals(EnumSet.of(Aspect.STYLE, Aspect.ENDPOINTS), aspects(diff, "e1"));
		assertEquals(3, diff.changed().size(), diff.changed().toString());
	}

	@Test
	void aNodeMovedToAnotherContainerChangesParent() {
		DiagramNode a = node("a");
		Diagram before = Diagram.builder("d").node(DiagramNode.container("x").child(a).build())
				.node(DiagramNode.container("y").build()).build();
		Diagram after = Diagram.builder("d").node(DiagramNode.container("x").build())
				.node(DiagramNode.container("y").child(a).build()).build();
		GraphDiff diff = GraphDiff.between(before, after);
		assertEquals(EnumSet.of(Aspect.PARENT), aspects(diff, "a"));
		assertEquals(EnumSet.of(Aspect.CHILDREN), aspects(diff, "x"));
		assertEquals(EnumSet.of(Aspect.CHILDREN), aspects(diff, "y"));
	}

	private static EnumSet<Aspect> aspects(GraphDiff diff, String identity) {
		return diff.changed().stream().filter(c -> c.identity().equals(identity)).findFirst()
				.map(c -> EnumSet.copyOf(c.aspects())).orElse(EnumSet.noneOf(Aspect.class));
	}
}
