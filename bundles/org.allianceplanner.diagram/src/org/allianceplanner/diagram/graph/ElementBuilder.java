package org.allianceplanner.diagram.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the builders of nodes and edges share: the parts every {@link DiagramElement} has. Each setter returns
 * the concrete builder, so calls chain.
 */
public abstract sealed class ElementBuilder<B extends ElementBuilder<B>> permits DiagramNode.Builder, DiagramEdge.Builder {

	final String identity;
	String label = "";
	String layer = DiagramElement.DEFAULT_LAYER;
	final List<Decoration> decorations = new ArrayList<>();
	String mappingName = "";
	String semanticElement = "";

	ElementBuilder(String identity) {
		this.identity = Identities.check(identity);
	}

	abstract B self();

	/** Starts from what {@code element} has (for the elements' {@code toBuilder}). */
	final B copyOf(DiagramElement element) {
		label = element.label();
		layer = element.layer();
		decorations.addAll(element.decorations());
		mappingName = element.mappingName();
		semanticElement = element.semanticElement();
		return self();
	}

	public B label(String value) {
		this.label = value == null ? "" : value;
		return self();
	}

	public B layer(String value) {
		this.layer = Objects.requireNonNull(value, "layer");
		return self();
	}

	public B decoration(Decoration value) {
		this.decorations.add(Objects.requireNonNull(value, "decoration"));
		return self();
	}

	public B decorations(List<Decoration> values) {
		this.decorations.clear();
		values.forEach(this::decoration);
		return self();
	}

	public B mappingName(String value) {
		this.mappingName = value == null ? "" : value;
		return self();
	}

	public B semanticElement(String value) {
		this.semanticElement = value == null ? "" : value;
		return self();
	}
}
