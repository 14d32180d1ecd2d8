package org.allianceplanner.diagram.graph;

import java.util.List;

/** What nodes, containers and edges share: identity, label, layer, decorations and where they come from. */
public sealed interface DiagramElement permits DiagramNode, DiagramEdge {

	/** The name of the layer that every description has (Sirius's default layer). */
	String DEFAULT_LAYER = "Default";

	/**
	 * The stable identity: an opaque key, unique in its diagram, equal across refreshes for the same model
	 * element and mapping. Layout files and diffs are keyed by it.
	 */
	String identity();

	/** The label text; may be empty; {@code \n} separates lines. */
	String label();

	/** The name of the layer that contributed this element. */
	String layer();

	/** Badges, in the order the interpreter gave them. */
	List<Decoration> decorations();

	/** The name of the mapping that produced the element (empty if unknown); editors choose tools by it. */
	String mappingName();

	/** The qualified name of the plan element shown (empty if none); editors navigate by it. Not parsed here. */
	String semanticElement();
}
