package org.allianceplanner.diagram.graph;

import java.util.Objects;

/**
 * The resolved style of a node or container: shape, fill, border, icon and label font. Built with
 * {@link #builder()}; new properties are added to the builder with defaults, so callers keep compiling.
 */
public final class NodeStyle {

	/** The style of a node whose mapping sets nothing. */
	public static final NodeStyle DEFAULT = builder().build();

	private final NodeShape shape;
	private final RgbColor fillColor;
	private final RgbColor borderColor;
	private final double borderWidth;
	private final LineStyle borderLineStyle;
	private final String iconName;
	private final FontStyle font;

	private NodeStyle(Builder b) {
		this.shape = b.shape;
		this.fillColor = b.fillColor;
		this.borderColor = b.borderColor;
		this.borderWidth = b.borderWidth;
		this.borderLineStyle = b.borderLineStyle;
		this.iconName = b.iconName;
		this.font = b.font;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder that starts from this style. */
	public Builder toBuilder() {
		Builder b = new Builder();
		b.shape = shape;
		b.fillColor = fillColor;
		b.borderColor = borderColor;
		b.borderWidth = borderWidth;
		b.borderLineStyle = borderLineStyle;
		b.iconName = iconName;
		b.font = font;
		return b;
	}

	public NodeShape shape() {
		return shape;
	}

	public RgbColor fillColor() {
		return fillColor;
	}

	public RgbColor borderColor() {
		return borderColor;
	}

	/** Border width in points; 0 draws no border. */
	public double borderWidth() {
		return borderWidth;
	}

	public LineStyle borderLineStyle() {
		return borderLineStyle;
	}

	/** The name of an icon shown before the label, or the empty string for none. */
	public String iconName() {
		return iconName;
	}

	public FontStyle font() {
		return font;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof NodeStyle s && shape == s.shape && fillColor.equals(s.fillColor)
				&& borderColor.equals(s.borderColor) && Double.compare(borderWidth, s.borderWidth) == 0
				&& borderLineStyle == s.borderLineStyle && iconName.equals(s.iconName) && font.equals(s.font);
	}

	@Override
	public int hashCode() {
		return Objects.hash(shape, fillColor, borderColor, borderWidth, borderLineStyle, iconName, font);
	}

	@Override
	public String toString() {
		return "NodeStyle[" + shape + ", fill " + fillColor + ", border " + borderColor + " " + borderWidth + " "
				+ borderLineStyle + ", icon '" + iconName + "', " + font + "]";
	}

	public static final class Builder {
		private NodeShape shape = NodeShape.RECTANGLE;
		private RgbColor fillColor = RgbColor.WHITE;
		private RgbColor borderColor = RgbColor.BLACK;
		private double borderWidth = 1;
		private LineStyle borderLineStyle = LineStyle.SOLID;
		private String iconName = "";
		private FontStyle font = FontStyle.DEFAULT;

		private Builder() {
		}

		public Builder shape(NodeShape value) {
			this.shape = Objects.requireNonNull(value, "shape");
			return this;
		}

		public Builder fillColor(RgbColor value) {
			this.fillColor = Objects.requireNonNull(value, "fillColor");
			return this;
		}

		public Builder borderColor(RgbColor value) {
			this.borderColor = Objects.requireNonNull(value, "borderColor");
			return this;
		}

		public Builder borderWidth(double value) {
			if (!(value >= 0) || Double.isInfinite(value)) {
				throw new IllegalArgumentException("border width must be a finite number >= 0, was " + value);
			}
			this.borderWidth = value;
			return this;
		}

		public Builder borderLineStyle(LineStyle value) {
			this.borderLineStyle = Objects.requireNonNull(value, "borderLineStyle");
			return this;
		}

		public Builder iconName(String value) {
			this.iconName = value == null ? "" : value;
			return this;
		}

		public Builder font(FontStyle value) {
			this.font = Objects.requireNonNull(value, "font");
			return this;
		}

		public NodeStyle build() {
			return new NodeStyle(this);
		}
	}
}
