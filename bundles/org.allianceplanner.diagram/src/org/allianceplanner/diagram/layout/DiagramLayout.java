package org.allianceplanner.diagram.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of laying out a diagram: absolute bounds of every node, the route of every edge, the layered
 * ranks (for the next layout to stay stable) and the positions that named no element of the diagram.
 */
public final class DiagramLayout {

	private final Bounds extent;
	private final Map<String, Bounds> nodes;
	private final Map<String, EdgeRoute> edges;
	private final Map<String, Rank> ranks;
	private final List<String> orphans;

	public DiagramLayout(Bounds extent, Map<String, Bounds> nodes, Map<String, EdgeRoute> edges,
			Map<String, Rank> ranks, List<String> orphans) {
		this.extent = extent;
		this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
		this.edges = Collections.unmodifiableMap(new LinkedHashMap<>(edges));
		this.ranks = Collections.unmodifiableMap(new LinkedHashMap<>(ranks));
		this.orphans = List.copyOf(orphans);
	}

	/**
	 * The box the whole drawing fits in, margin included. Usually starts at the origin; a node the user moved
	 * above or left of it makes it start at negative coordinates.
	 */
	public Bounds extent() {
		return extent;
	}

	/** Absolute bounds of every node, by identity. */
	public Map<String, Bounds> nodes() {
		return nodes;
	}

	/** The route of every edge, by identity, in absolute coordinates. */
	public Map<String, EdgeRoute> edges() {
		return edges;
	}

	public Optional<Bounds> node(String identity) {
		return Optional.ofNullable(nodes.get(identity));
	}

	public Optional<EdgeRoute> edge(String identity) {
		return Optional.ofNullable(edges.get(identity));
	}

	/** Layer and in-layer position per node, as the layered algorithm assigned them (empty for other algorithms). */
	public Map<String, Rank> ranks() {
		return ranks;
	}

	/** Identities in the positions given to the layout that are not in the diagram: kept in the file, reported. */
	public List<String> orphans() {
		return orphans;
	}
}
