package org.allianceplanner.diagram.interpreter.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.diagram.graph.Decoration;
import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramEdge;
import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.diagram.graph.EdgeStyle;
import org.allianceplanner.diagram.graph.NodeStyle;
import org.eclipse.emf.ecore.EObject;

/**
 * The graph while it is being interpreted: mutable drafts of nodes, containers and edges, turned into
 * the immutable graph at the end (children are known only once their container is complete).
 */
public final class Drafts {

	/** A node, container or edge being built. */
	public static final class Draft {
		public final String identity;
		final boolean edge;
		final boolean container;
		final String mappingName;
		final String layer;
		/** The plan element shown; null for a group. */
		public final EObject element;
		final String semanticElement;
		final String source;
		final String target;
		public String label = "";
		public NodeStyle nodeStyle = NodeStyle.DEFAULT;
		public EdgeStyle edgeStyle = EdgeStyle.DEFAULT;
		public final List<Draft> children = new ArrayList<>();
		public final List<Decoration> decorations = new ArrayList<>();

		Draft(String identity, boolean edge, boolean container, String mappingName, String layer, EObject element,
				String semanticElement, String source, String target) {
			this.identity = identity;
			this.edge = edge;
			this.container = container;
			this.mappingName = mappingName;
			this.layer = layer;
			this.element = element;
			this.semanticElement = semanticElement;
			this.source = source;
			this.target = target;
		}

		public String mappingName() {
			return mappingName;
		}
	}

	private final Map<String, Draft> all = new LinkedHashMap<>();
	private final List<Draft> top = new ArrayList<>();
	private final List<Draft> edges = new ArrayList<>();

	public boolean contains(String identity) {
		return all.containsKey(identity);
	}

	public Draft node(String identity, boolean container, String mappingName, String layer, EObject element,
			String semanticElement) {
		Draft d = new Draft(identity, false, container, mappingName, layer, element, semanticElement, null, null);
		all.put(identity, d);
		return d;
	}

	public void top(Draft d) {
		top.add(d);
	}

	/** The container grouping the nodes of a mapping that share a value, created on first use. */
	public Draft group(String identity, String mappingName, String layer, String label) {
		Draft g = all.get(identity);
		if (g == null) {
			g = new Draft(identity, false, true, mappingName, layer, null, "", null, null);
			g.label = label;
			all.put(identity, g);
			top.add(g);
		}
		return g;
	}

	public Draft edge(String identity, String source, String target, String mappingName, String layer,
			EObject element, String semanticElement) {
		Draft d = new Draft(identity, true, false, mappingName, layer, element, semanticElement, source, target);
		all.put(identity, d);
		edges.add(d);
		return d;
	}

	/** Every draft, in creation order. */
	public Iterable<Draft> all() {
		return all.values();
	}

	public Diagram build(String id, String descriptionName, String title) {
		Diagram.Builder b = Diagram.builder(id).descriptionName(descriptionName).title(title);
		for (Draft d : top) {
			b.node(node(d));
		}
		for (Draft d : edges) {
			b.edge(DiagramEdge.builder(d.identity, d.source, d.target).label(d.label).style(d.edgeStyle)
					.layer(d.layer).decorations(d.decorations).mappingName(d.mappingName)
					.semanticElement(d.semanticElement).build());
		}
		return b.build();
	}

	private static DiagramNode node(Draft d) {
		DiagramNode.Builder b = d.container ? DiagramNode.container(d.identity) : DiagramNode.builder(d.identity);
		b.label(d.label).style(d.nodeStyle).layer(d.layer).decorations(d.decorations).mappingName(d.mappingName)
				.semanticElement(d.semanticElement);
		for (Draft child : d.children) {
			b.child(node(child));
		}
		return b.build();
	}
}
