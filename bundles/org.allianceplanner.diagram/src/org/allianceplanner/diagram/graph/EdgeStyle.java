package org.allianceplanner.diagram.graph;

import java.util.Objects;

/**
 * The resolved style of an edge: colour, width, line style, the arrow heads at both ends and the label font.
 * Built with {@link #builder()}; new properties are added to the builder with defaults.
 */
public final class EdgeStyle {

	/** The style of an edge whose mapping sets nothing: a thin black line with an open arrow at the target. */
	public static final EdgeStyle DEFAULT = builder().build();

	private final RgbColor color;
	private final double width;
	private final LineStyle lineStyle;
	private final ArrowHead sourceArrow;
	private final ArrowHead targetArrow;
	private final FontStyle labelFont;

	private EdgeStyle(Builder b) {
		this.color = b.color;
		this.width = b.width;
		this.lineStyle = b.lineStyle;
		this.sourceArrow = b.sourceArrow;
		this.targetArrow = b.targetArrow;
		this.labelFont = b.labelFont;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder that starts from this style. */
	public Builder toBuilder() {
		Builder b = new Builder();
		b.color = color;
		b.width = width;
		b.lineStyle = lineStyle;
		b.sourceArrow = sourceArrow;
		b.targetArrow = targetArrow;
		b.labelFont = labelFont;
		return b;
	}

	public RgbColor color() {
		return color;
	}

	/** Line width in points. */
	public double width() {
		return width;
	}

	public LineStyle lineStyle() {
		return lineStyle;
	}

	public ArrowHead sourceArrow() {
		return sourceArrow;
	}

	public ArrowHead targetArrow() {
		return targetArrow;
	}

	public FontStyle labelFont() {
		return labelFont;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof EdgeStyle s && color.equals(s.color) && Double.compare(width, s.width) == 0
				&& lineStyle == s.lineStyle && sourceArrow == s.sourceArrow && targetArrow == s.targetArrow
				&& labelFont.equals(s.labelFont);
	}

	@Override
	public int hashCode() {
		return Objects.hash(color, width, lineStyle, sourceArrow, targetArrow, labelFont);
	}

	@Override
	public String toString() {
		return "EdgeStyle[" + color + " " + width + " " + lineStyle + ", " + sourceArrow + " -> " + targetArrow
				+ ", " + labelFont + "]";
	}

	public static final class Builder {
		private RgbColor color = RgbColor.BLACK;
		private double width = 1;
		private LineStyle lineStyle = LineStyle.SOLID;
		private ArrowHead sourceArrow = ArrowHead.NONE;
		private ArrowHead targetArrow = ArrowHead.OPEN_ARROW;
		private FontStyle labelFont = FontStyle.DEFAULT.withSize(9);

		private Builder() {
		}

		public Builder color(RgbColor value) {
			this.color = Objects.requireNonNull(value, "color");
			return this;
		}

		public Builder width(double value) {
			if (!(value > 0) || Double.isInfinite(value)) {
				throw new IllegalArgumentException("edge width must be a finite number > 0, was " + value);
			}
			this.width = value;
			return this;
		}

		public Builder lineStyle(LineStyle value) {
			this.lineStyle = Objects.requireNonNull(value, "lineStyle");
			return this;
		}

		public Builder sourceArrow(ArrowHead value) {
			this.sourceArrow = Objects.requireNonNull(value, "sourceArrow");
			return this;
		}

		public Builder targetArrow(ArrowHead value) {
			this.targetArrow = Objects.requireNonNull(value, "targetArrow");
			return this;
		}

		public Builder labelFont(FontStyle value) {
			this.labelFont = Objects.requireNonNull(value, "labelFont");
			return this;
		}

		public EdgeStyle build() {
			return new EdgeStyle(this);
		}
	}
}
