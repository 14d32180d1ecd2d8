package org.allianceplanner.diagram.graph;

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
		return new Builder(identity, sourceIdentity, targetIdentity).copyOf(this).style(style);
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

	public static final class Builder extends ElementBuilder<Builder> {
		private final String sourceIdentity;
		private final String targetIdentity;
		private EdgeStyle style = EdgeStyle.DEFAULT;

		private Builder(String identity, String sourceIdentity, String targetIdentity) {
			super(identity);
			this.sourceIdentity = Identities.check(sourceIdentity);
			this.targetIdentity = Identities.check(targetIdentity);
		}

		@Override
		Builder self() {
			return this;
		}

		public Builder style(EdgeStyle value) {
			this.style = Objects.requireNonNull(value, "style");
			return this;
		}

		public DiagramEdge build() {
			return new DiagramEdge(this);
		}
	}
}
