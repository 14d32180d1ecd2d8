package org.allianceplanner.diagram.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A node or (when its kind is {@link NodeKind#CONTAINER}) a container with child nodes. */
public final class DiagramNode implements DiagramElement {

	private final String identity;
	private final NodeKind kind;
	private final String label;
	private final NodeStyle style;
	private final String layer;
	private final List<Decoration> decorations;
	private final List<DiagramNode> children;
	private final String mappingName;
	private final String semanticElement;

	private DiagramNode(Builder b) {
		this.identity = b.identity;
		this.kind = b.kind;
		this.label = b.label;
		this.style = b.style;
		this.layer = b.layer;
		this.decorations = List.copyOf(b.decorations);
		this.children = List.copyOf(b.children);
		this.mappingName = b.mappingName;
		this.semanticElement = b.semanticElement;
	}

	/** A builder for a plain node (kind {@link NodeKind#NODE}) with the given stable identity. */
	public static Builder builder(String identity) {
		return new Builder(identity, NodeKind.NODE);
	}

	/** A builder for a container with the given stable identity. */
	public static Builder container(String identity) {
		return new Builder(identity, NodeKind.CONTAINER);
	}

	/** A builder that starts from this node (same identity, kind, children...). */
	public Builder toBuilder() {
		Builder b = new Builder(identity, kind);
		b.label = label;
		b.style = style;
		b.layer = layer;
		b.decorations.addAll(decorations);
		b.children.addAll(children);
		b.mappingName = mappingName;
		b.semanticElement = semanticElement;
		return b;
	}

	@Override
	public String identity() {
		return identity;
	}

	public NodeKind kind() {
		return kind;
	}

	public boolean isContainer() {
		return kind == NodeKind.CONTAINER;
	}

	@Override
	public String label() {
		return label;
	}

	public NodeStyle style() {
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

	/** The direct children, in the interpreter's order (which layout keeps as model order). */
	public List<DiagramNode> children() {
		return children;
	}

	@Override
	public String mappingName() {
		return mappingName;
	}

	@Override
	public String semanticElement() {
		return semanticElement;
	}

	/** Equal when everything including the whole subtree is equal. */
	@Override
	public boolean equals(Object o) {
		return o instanceof DiagramNode n && identity.equals(n.identity) && kind == n.kind && label.equals(n.label)
				&& style.equals(n.style) && layer.equals(n.layer) && decorations.equals(n.decorations)
				&& mappingName.equals(n.mappingName) && semanticElement.equals(n.semanticElement)
				&& children.equals(n.children);
	}

	@Override
	public int hashCode() {
		return Objects.hash(identity, kind, label, style, layer, decorations, children);
	}

	@Override
	public String toString() {
		return kind + "[" + identity + " '" + label + "'" + (children.isEmpty() ? "" : ", " + children.size() + " children")
				+ "]";
	}

	public static final class Builder {
		private final String identity;
		private final NodeKind kind;
		private String label = "";
		private NodeStyle style = NodeStyle.DEFAULT;
		private String layer = DEFAULT_LAYER;
		private final List<Decoration> decorations = new ArrayList<>();
		private final List<DiagramNode> children = new ArrayList<>();
		private String mappingName = "";
		private String semanticElement = "";

		private Builder(String identity, NodeKind kind) {
			this.identity = Identities.check(identity);
			this.kind = kind;
		}

		public Builder label(String value) {
			this.label = value == null ? "" : value;
			return this;
		}

		public Builder style(NodeStyle value) {
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

		/** Adds a child; only containers hold children. */
		public Builder child(DiagramNode value) {
			if (kind != NodeKind.CONTAINER) {
				throw new IllegalArgumentException("node " + identity + " is not a container and cannot hold "
						+ Objects.requireNonNull(value, "child").identity());
			}
			this.children.add(Objects.requireNonNull(value, "child"));
			return this;
		}

		public Builder children(List<DiagramNode> values) {
			this.children.clear();
			values.forEach(this::child);
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

		public DiagramNode build() {
			return new DiagramNode(this);
		}
	}
}
