package org.allianceplanner.diagram.layout;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.allianceplanner.diagram.graph.Diagram;

/**
 * The user positions of every diagram of one plan file, by diagram id, as kept in the layout file beside the
 * plan ({@code plan.alliance} → {@code plan.alliance.layout}). Immutable; read and written by
 * {@link LayoutFiles}.
 */
public final class LayoutFile {

	/** What is appended to the plan file's name. */
	public static final String EXTENSION = ".layout";

	public static final LayoutFile EMPTY = new LayoutFile(new TreeMap<>());

	private final SortedMap<String, DiagramPositions> diagrams;

	private LayoutFile(SortedMap<String, DiagramPositions> diagrams) {
		this.diagrams = Collections.unmodifiableSortedMap(diagrams);
	}

	public static LayoutFile of(Map<String, DiagramPositions> diagrams) {
		TreeMap<String, DiagramPositions> copy = new TreeMap<>();
		diagrams.forEach((id, p) -> {
			if (!p.isEmpty()) {
				copy.put(id, p);
			}
		});
		return new LayoutFile(copy);
	}

	/** The layout file of a plan file: same folder, name with {@value #EXTENSION} appended. */
	public static Path pathFor(Path planFile) {
		return planFile.resolveSibling(planFile.getFileName().toString() + EXTENSION);
	}

	/** Positions by diagram id (diagrams without positions are absent). */
	public SortedMap<String, DiagramPositions> diagrams() {
		return diagrams;
	}

	/** The positions of one diagram; empty if it has none. */
	public DiagramPositions positions(String diagramId) {
		return diagrams.getOrDefault(diagramId, DiagramPositions.EMPTY);
	}

	/** This file with the diagram's positions replaced (an empty set removes the diagram). */
	public LayoutFile with(String diagramId, DiagramPositions positions) {
		TreeMap<String, DiagramPositions> copy = new TreeMap<>(diagrams);
		if (positions.isEmpty()) {
			copy.remove(diagramId);
		} else {
			copy.put(Objects.requireNonNull(diagramId, "diagramId"), positions);
		}
		return new LayoutFile(copy);
	}

	/**
	 * After a rename in the plan: the entries keyed by {@code oldIdentity} are keyed by {@code newIdentity}, in
	 * every diagram. Identities are opaque here; the caller that built them knows what a rename changes.
	 */
	public LayoutFile renamed(String oldIdentity, String newIdentity) {
		return renamed(Map.of(oldIdentity, newIdentity));
	}

	/** Several renames at once (e.g. a container and everything inside it), old identity to new. */
	public LayoutFile renamed(Map<String, String> renames) {
		TreeMap<String, DiagramPositions> copy = new TreeMap<>();
		diagrams.forEach((id, positions) -> {
			TreeMap<String, ElementPosition> moved = new TreeMap<>();
			positions.asMap().forEach((identity, p) -> moved.put(renames.getOrDefault(identity, identity), p));
			copy.put(id, DiagramPositions.of(moved));
		});
		return new LayoutFile(copy);
	}

	/** Identities with positions in the diagram's entry that are not in the diagram: kept, reported. */
	public List<String> orphans(Diagram diagram) {
		return positions(diagram.id()).orphans(diagram);
	}

	public boolean isEmpty() {
		return diagrams.isEmpty();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LayoutFile f && diagrams.equals(f.diagrams);
	}

	@Override
	public int hashCode() {
		return diagrams.hashCode();
	}

	@Override
	public String toString() {
		return "LayoutFile" + diagrams;
	}
}
