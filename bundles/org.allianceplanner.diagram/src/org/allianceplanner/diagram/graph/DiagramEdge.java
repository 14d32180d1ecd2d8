package org.allianceplanner.diagram.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An edge between two nodes of the same diagram, named by their identities. */
public final class DiagramEdge implements DiagramElement {

	private final String identity;
	private final String sourceIdentity;
	private final String targetIdentity;
	private final String label;
	private final EdgeStyle style;
	private final String layer;
	private final List<Decoration> decorations;
	private final String mappingName;
	private final String semanticElement;

	private DiagramEdge(Builder b) {
		this.identity = b.identity;
		this.sourceIdentity = b.sourceIdentity;
		this.targetIdentity = b.targetIdentity;
		this.label = b.label;
		this.style = b.style;
		this.layer = b.layer;
		this.decorations = List.copyOf(b.decorations);
		this.mappingName = b.mappingName;
		this.semanticElement = b.semanticElement;
	}

	public static Builder builder(String identity, String sourceIdentity, String targetIdentity) {
		return new Builder(identity, sourceIdentity, targetIdentity);
	}

	/** A builder that starts from this edge. */
	public Builder toBuilder() {
		Builder b = new Builder(identity, sourceIdentity, targetIdentity);
		b.label = label;
		b.style = style;
		b.layer = layer;
		b.decorations.addAll(decorations);
		b.mappingName = mappingName;
		b.semanticElement = semanticElement;
		return b;
	}

	@Override
	public String identity() {
		return identity;
	}

	public String sourceIdentity() {
		return sourceIdentity;
	}

	public String targetIdentity() {
		return targetIdentity;
	}

	@Override
	public String label() {
		return label;
	}

	public EdgeStyle style() {
		return style;
	}

	@Override
	public String layer() {
		return layer;
	}

	@Override
	public List<Decoration> decorations() {
		return decorations;
	}

	@Override
	public String mappingName() {
		return mappingName;
	}

	@Override
	public String semanticElement() {
		return semanticElement;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof DiagramEdge e && identity.equals(e.identity) && sourceIdentity.equals(e.sourceIdentity)
				&& targetIdentity.equals(e.targetIdentity) && label.equals(e.label) && style.equals(e.style)
				&& layer.equals(e.layer) && decorations.equals(e.decorations) && mappingName.equals(e.mappingName)
				&& semanticElement.equals(e.semanticElement);
	}

	@Override
	public int hashCode() {
		return Objects.hash(identity, sourceIdentity, targetIdentity, label, style, layer, decorations);
	}

	@Override
	public String toString() {
		return "EDGE[" + identity + " " + sourceIdentity + " -> " + targetIdentity + " '" + label + "']";
	}

	public static final class Builder {
		private final String identity;
		private final String sourceIdentity;
		private final String targetIdentity;
		private String label = "";
		private EdgeStyle style = EdgeStyle.DEFAULT;
		private String layer = DEFAULT_LAYER;
		private final List<Decoration> decorations = new ArrayList<>();
		private String mappingName = "";
		private String semanticElement = "";

		private Builder(String identity, String sourceIdentity, String targetIdentity) {
			this.identity = Identities.check(identity);
			this.sourceIdentity = Identities.check(sourceIdentity);
			this.targetIdentity = Identities.check(targetIdentity);
		}

		public Builder label(String value) {
			this.label = value == null ? "" : value;
			return this;
		}

		public Builder style(EdgeStyle value) {
			this.style = Objects.requireNonNull(value, "style");
			return this;
		}

		public Builder layer(String value) {
			this.layer = Objects.requireNonNull(value, "layer");
			return this;
		}

		public Builder decoration(Decoration value) {
			this.decorations.add(Objects.requireNonNull(value, "decoration"));
			return this;
		}

		public Builder decorations(List<Decoration> values) {
			this.decorations.clear();
			values.forEach(this::decoration);
			return this;
		}

		public Builder mappingName(String value) {
			this.mappingName = value == null ? "" : value;
			return this;
		}

		public Builder semanticElement(String value) {
			this.semanticElement = value == null ? "" : value;
			return this;
		}

		public DiagramEdge build() {
			return new DiagramEdge(this);
		}
	}
}
