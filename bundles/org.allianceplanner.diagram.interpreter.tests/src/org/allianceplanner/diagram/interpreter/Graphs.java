package org.allianceplanner.diagram.interpreter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramEdge;
import org.allianceplanner.diagram.graph.DiagramElement;
import org.allianceplanner.diagram.graph.DiagramNode;

/** Finding things in interpreted graphs, with failure messages that show what there is. */
final class Graphs {

	private Graphs() {
	}

	static DiagramNode node(Diagram d, String identity) {
		return d.node(identity).orElseThrow(() -> new AssertionError("no node " + identity + " in "
				+ d.allNodes().stream().map(DiagramNode::identity).toList()));
	}

	/** The edges of a mapping from the node with {@code source} to the node with {@code target}. */
	static List<DiagramEdge> edges(Diagram d, String mapping, String source, String target) {
		return d.edges().stream().filter(e -> e.mappingName().equals(mapping) && e.sourceIdentity().equals(source)
				&& e.targetIdentity().equals(target)).toList();
	}

	static DiagramEdge edge(Diagram d, String mapping, String source, String target) {
		List<DiagramEdge> found = edges(d, mapping, source, target);
		assertTrue(found.size() == 1, "expected one " + mapping + " edge " + source + " -> " + target + ", got " + found
				+ " among " + d.edges().stream().filter(e -> e.mappingName().equals(mapping)).toList());
		return found.get(0);
	}

	static List<DiagramElement> ofMapping(Diagram d, String mapping) {
		return d.elements().values().stream().filter(e -> e.mappingName().equals(mapping)).toList();
	}

	/** Every text of the graph: identities, labels, semantic elements, decoration messages and rule IDs. */
	static String allText(Diagram d) {
		StringBuilder b = new StringBuilder(d.id()).append('\n').append(d.title()).append('\n');
		for (DiagramElement e : d.elements().values()) {
			b.append(e.identity()).append('\n').append(e.label()).append('\n').append(e.semanticElement()).append('\n');
			e.decorations().forEach(x -> b.append(x.ruleId()).append(' ').append(x.message()).append('\n'));
			if (e instanceof DiagramEdge edge) {
				b.append(edge.sourceIdentity()).append(' ').append(edge.targetIdentity()).append('\n');
			}
		}
		return b.toString();
	}
}
