package org.allianceplanner.diagram.internal.layout;

import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.diagram.graph.NodeShape;
import org.allianceplanner.diagram.layout.Bounds;
import org.allianceplanner.diagram.text.TextMetrics;
import org.allianceplanner.diagram.text.TextMetrics.TextSize;

/**
 * The one place that decides how big a node is for its label and where the label goes inside it. Layout sizes
 * nodes with it; every renderer places labels with it, so text always fits its box.
 */
public final class NodeSizes {

	public static final double PADDING_X = 10;
	public static final double PADDING_Y = 6;
	public static final double ICON_SIZE = 12;
	public static final double ICON_GAP = 4;
	public static final double MIN_WIDTH = 60;
	public static final double MIN_HEIGHT = 30;
	/** Decorations are drawn as badges of this size on the node's border. */
	public static final double BADGE_SIZE = 14;

	private final TextMetrics metrics;

	public NodeSizes(TextMetrics metrics) {
		this.metrics = metrics;
	}

	public TextMetrics metrics() {
		return metrics;
	}

	/** Width and height of the label block with the icon, if any. */
	public TextSize content(DiagramNode node) {
		TextSize text = metrics.measure(node.label(), node.style().font());
		double icon = node.style().iconName().isEmpty() ? 0 : ICON_SIZE + (text.width() > 0 ? ICON_GAP : 0);
		return new TextSize(text.width() + icon, Math.max(text.height(), icon > 0 ? ICON_SIZE : 0));
	}

	/** The size of a plain node: the label with padding, grown for shapes whose inner box is smaller. */
	public TextSize nodeSize(DiagramNode node) {
		TextSize c = content(node);
		double w = c.width() + 2 * PADDING_X;
		double h = c.height() + 2 * PADDING_Y;
		NodeShape shape = node.style().shape();
		if (shape == NodeShape.ELLIPSE) {
			w *= Math.sqrt(2);
			h *= Math.sqrt(2);
		} else if (shape == NodeShape.LOZENGE) {
			w *= 2;
			h *= 2;
		} else if (shape == NodeShape.HEXAGON) {
			w += h;
		}
		return new TextSize(Math.ceil(Math.max(MIN_WIDTH, w)), Math.ceil(Math.max(MIN_HEIGHT, h)));
	}

	/** The height of a container's title band (its label sits there; children below). */
	public double containerHeader(DiagramNode container) {
		return Math.ceil(Math.max(content(container).height(), metrics.lineHeight(container.style().font()))
				+ 2 * PADDING_Y);
	}

	/** The minimum size of a container: its title band with the label. */
	public TextSize containerMinimum(DiagramNode container) {
		TextSize c = content(container);
		return new TextSize(Math.ceil(Math.max(MIN_WIDTH, c.width() + 2 * PADDING_X)),
				Math.max(MIN_HEIGHT, containerHeader(container) + PADDING_Y));
	}

	/**
	 * The box the label block (icon and text) is drawn in: centred in a node, centred in the title band of a
	 * container.
	 */
	public Bounds labelBox(DiagramNode node, Bounds bounds) {
		TextSize c = content(node);
		double x = bounds.x() + (bounds.width() - c.width()) / 2;
		double y = node.isContainer() ? bounds.y() + PADDING_Y : bounds.y() + (bounds.height() - c.height()) / 2;
		return new Bounds(x, y, c.width(), c.height());
	}
}
