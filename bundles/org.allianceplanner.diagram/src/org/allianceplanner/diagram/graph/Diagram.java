package org.allianceplanner.diagram.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One diagram: the top-level nodes (containers hold the rest) and the edges. Building checks that identities
 * are unique and that every edge joins two nodes of this diagram, so layout and rendering can rely on both.
 */
public final class Diagram {

	private final String id;
	private final String descriptionName;
	private final String title;
	private final List<DiagramNode> nodes;
	private final List<DiagramEdge> edges;
	/** Every element by identity, nodes depth-first pre-order, then edges. */
	private final Map<String, DiagramElement> elements;
	/** Node identity to the identity of its container; top-level nodes are absent. */
	private final Map<String, String> parents;

	private Diagram(Builder b) {
		this.id = b.id;
		this.descriptionName = b.descriptionName;
		this.title = b.title;
		this.nodes = List.copyOf(b.nodes);
		this.edges = List.copyOf(b.edges);
		Map<String, DiagramElement> all = new LinkedHashMap<>();
		Map<String, String> parentMap = new HashMap<>();
		for (DiagramNode n : nodes) {
			index(n, null, all, parentMap);
		}
		for (DiagramEdge e : edges) {
			put(all, e);
		}
		for (DiagramEdge e : edges) {
			checkEndpoint(all, e, e.sourceIdentity(), "source");
			checkEndpoint(all, e, e.targetIdentity(), "target");
		}
		this.elements = Collections.unmodifiableMap(all);
		this.parents = Collections.unmodifiableMap(parentMap);
	}

	private void index(DiagramNode node, String parent, Map<String, DiagramElement> all, Map<String, String> parentMap) {
		put(all, node);
		if (parent != null) {
			parentMap.put(node.identity(), parent);
		}
		for (DiagramNode child : node.children()) {
			index(child, node.identity(), all, parentMap);
		}
	}

	private void put(Map<String, DiagramElement> all, DiagramElement element) {
		if (all.putIfAbsent(element.identity(), element) != null) {
			throw new IllegalArgumentException(
					"diagram " + id + ": two elements have the identity " + element.identity());
		}
	}

	private void checkEndpoint(Map<String, DiagramElement> all, DiagramEdge edge, String endpoint, String end) {
		if (!(all.get(endpoint) instanceof DiagramNode)) {
			throw new IllegalArgumentException("diagram " + id + ": the " + end + " of edge " + edge.identity()
					+ " is " + endpoint + ", which is not a node of this diagram");
		}
	}

	public static Builder builder(String id) {
		return new Builder(id);
	}

	/** A builder that starts from this diagram's id, names, nodes and edges. */
	public Builder toBuilder() {
		Builder b = new Builder(id).descriptionName(descriptionName).title(title);
		b.nodes.addAll(nodes);
		b.edges.addAll(edges);
		return b;
	}

	/** The diagram's id (unique among the diagrams of a plan; used for file names). */
	public String id() {
		return id;
	}

	/** The name of the diagram description it was interpreted from. */
	public String descriptionName() {
		return descriptionName;
	}

	public String title() {
		return title;
	}

	/** The top-level nodes and containers. */
	public List<DiagramNode> nodes() {
		return nodes;
	}

	public List<DiagramEdge> edges() {
		return edges;
	}

	/** Every node at any depth (depth-first, parents before children) and every edge, by identity. */
	public Map<String, DiagramElement> elements() {
		return elements;
	}

	/** How many nodes (at any depth) and edges the diagram has. */
	public int size() {
		return elements.size();
	}

	public Optional<DiagramElement> element(String identity) {
		return Optional.ofNullable(elements.get(identity));
	}

	public Optional<DiagramNode> node(String identity) {
		return elements.get(identity) instanceof DiagramNode n ? Optional.of(n) : Optional.empty();
	}

	/** The identity of the container holding the node, or empty for a top-level node or an unknown identity. */
	public Optional<String> parentOf(String identity) {
		return Optional.ofNullable(parents.get(identity));
	}

	/** Every node at any depth, parents before their children. */
	public List<DiagramNode> allNodes() {
		List<DiagramNode> all = new ArrayList<>();
		for (DiagramElement e : elements.values()) {
			if (e instanceof DiagramNode n) {
				all.add(n);
			}
		}
		return all;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Diagram d && id.equals(d.id) && descriptionName.equals(d.descriptionName)
				&& title.equals(d.title) && nodes.equals(d.nodes) && edges.equals(d.edges);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id, descriptionName, title, nodes, edges);
	}

	@Override
	public String toString() {
		return "Diagram[" + id + " (" + descriptionName + ") '" + title + "', " + size() + " elements]";
	}

	public static final class Builder {
		private final String id;
		private String descriptionName = "";
		private String title = "";
		private final List<DiagramNode> nodes = new ArrayList<>();
		private final List<DiagramEdge> edges = new ArrayList<>();

		private Builder(String id) {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("a diagram needs a non-blank id, got '" + id + "'");
			}
			this.id = id;
		}

		public Builder descriptionName(String value) {
			this.descriptionName = value == null ? "" : value;
			return this;
		}

		public Builder title(String value) {
			this.title = value == null ? "" : value;
			return this;
		}

		public Builder node(DiagramNode value) {
			this.nodes.add(Objects.requireNonNull(value, "node"));
			return this;
		}

		public Builder nodes(List<DiagramNode> values) {
			values.forEach(this::node);
			return this;
		}

		public Builder edge(DiagramEdge value) {
			this.edges.add(Objects.requireNonNull(value, "edge"));
			return this;
		}

		public Builder edges(List<DiagramEdge> values) {
			values.forEach(this::edge);
			return this;
		}

		/**
		 * @throws IllegalArgumentException if two elements share an identity or an edge names a node that is
		 *                                  not in the diagram
		 */
		public Diagram build() {
			return new Diagram(this);
		}
	}
}
