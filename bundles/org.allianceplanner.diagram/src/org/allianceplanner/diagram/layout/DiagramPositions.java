package org.allianceplanner.diagram.layout;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.allianceplanner.diagram.graph.Diagram;

/**
 * The positions users gave the nodes of one diagram, by stable identity, sorted. Only moved or pinned nodes
 * appear; every other node is placed by the layout algorithm. Immutable.
 */
public final class DiagramPositions {

	public static final DiagramPositions EMPTY = new DiagramPositions(new TreeMap<>());

	private final SortedMap<String, ElementPosition> byIdentity;

	private DiagramPositions(SortedMap<String, ElementPosition> byIdentity) {
		this.byIdentity = Collections.unmodifiableSortedMap(byIdentity);
	}

	public static DiagramPositions of(Map<String, ElementPosition> positions) {
		return new DiagramPositions(new TreeMap<>(positions));
	}

	public SortedMap<String, ElementPosition> asMap() {
		return byIdentity;
	}

	public Optional<ElementPosition> get(String identity) {
		return Optional.ofNullable(byIdentity.get(identity));
	}

	public boolean isEmpty() {
		return byIdentity.isEmpty();
	}

	public DiagramPositions with(String identity, ElementPosition position) {
		TreeMap<String, ElementPosition> copy = new TreeMap<>(byIdentity);
		copy.put(Objects.requireNonNull(identity, "identity"), Objects.requireNonNull(position, "position"));
		return new DiagramPositions(copy);
	}

	public DiagramPositions without(String identity) {
		TreeMap<String, ElementPosition> copy = new TreeMap<>(byIdentity);
		copy.remove(identity);
		return new DiagramPositions(copy);
	}

	/** The entry of {@code oldIdentity}, if any, moves to {@code newIdentity} (replacing what was there). */
	public DiagramPositions renamed(String oldIdentity, String newIdentity) {
		ElementPosition p = byIdentity.get(oldIdentity);
		if (p == null || oldIdentity.equals(newIdentity)) {
			return this;
		}
		TreeMap<String, ElementPosition> copy = new TreeMap<>(byIdentity);
		copy.remove(oldIdentity);
		copy.put(newIdentity, p);
		return new DiagramPositions(copy);
	}

	/** Only the pinned entries: what "arrange all" keeps. */
	public DiagramPositions pinnedOnly() {
		TreeMap<String, ElementPosition> copy = new TreeMap<>();
		byIdentity.forEach((k, v) -> {
			if (v.pinned()) {
				copy.put(k, v);
			}
		});
		return new DiagramPositions(copy);
	}

	/** Identities with a position whose node is not (or no longer) in the diagram; they are kept, not used. */
	public List<String> orphans(Diagram diagram) {
		return byIdentity.keySet().stream().filter(id -> diagram.node(id).isEmpty()).toList();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof DiagramPositions p && byIdentity.equals(p.byIdentity);
	}

	@Override
	public int hashCode() {
		return byIdentity.hashCode();
	}

	@Override
	public String toString() {
		return "DiagramPositions" + byIdentity;
	}
}
