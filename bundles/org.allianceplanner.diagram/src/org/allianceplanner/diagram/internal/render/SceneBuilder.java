package org.allianceplanner.diagram.internal.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.diagram.graph.ArrowHead;
import org.allianceplanner.diagram.graph.Decoration;
import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramEdge;
import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.diagram.graph.FontStyle;
import org.allianceplanner.diagram.graph.LineStyle;
import org.allianceplanner.diagram.graph.NodeStyle;
import org.allianceplanner.diagram.graph.Placement;
import org.allianceplanner.diagram.graph.RgbColor;
import org.allianceplanner.diagram.graph.Severity;
import org.allianceplanner.diagram.internal.layout.NodeSizes;
import org.allianceplanner.diagram.layout.Bounds;
import org.allianceplanner.diagram.layout.DiagramLayout;
import org.allianceplanner.diagram.layout.EdgeRoute;
import org.allianceplanner.diagram.layout.Point;
import org.allianceplanner.diagram.text.TextMetrics;

/**
 * Resolves a laid-out diagram into drawing items: node and container outlines from their shapes, edges with
 * dash patterns and arrow heads, label lines at their baselines, and decoration badges. Painting order:
 * containers and nodes parents first, then edges, then edge labels, then decorations on top.
 */
public final class SceneBuilder {

	/** Badge colours by severity: the one place they are chosen, shared by every format. */
	private static final Map<Severity, RgbColor> BADGE = new EnumMap<>(Map.of(Severity.ERROR,
			RgbColor.parse("#d32f2f"), Severity.WARNING, RgbColor.parse("#f9a825"), Severity.INFO,
			RgbColor.parse("#1976d2")));
	private static final FontStyle BADGE_FONT = new FontStyle(7, true, false, RgbColor.BLACK);
	private static final double ARROW = 9;

	private final NodeSizes sizes;
	private final TextMetrics metrics;

	public SceneBuilder(TextMetrics metrics) {
		this.metrics = metrics;
		this.sizes = new NodeSizes(metrics);
	}

	public Scene build(Diagram diagram, DiagramLayout layout) {
		List<SceneItem> items = new ArrayList<>();
		for (DiagramNode node : diagram.nodes()) {
			node(node, layout, items);
		}
		for (DiagramEdge edge : diagram.edges()) {
			layout.edge(edge.identity()).ifPresent(route -> edge(edge, route, items));
		}
		for (DiagramEdge edge : diagram.edges()) {
			layout.edge(edge.identity()).flatMap(EdgeRoute::label)
					.ifPresent(box -> lines(edge.identity(), "label", edge.label(), edge.style().labelFont(), box, items));
		}
		for (DiagramNode node : diagram.allNodes()) {
			layout.node(node.identity()).ifPresent(b -> decorations(node.identity(), node.decorations(), b, items));
		}
		for (DiagramEdge edge : diagram.edges()) {
			layout.edge(edge.identity()).ifPresent(route -> {
				Point m = middle(route);
				decorations(edge.identity(), edge.decorations(), new Bounds(m.x() - 1, m.y() - 1, 2, 2), items);
			});
		}
		return new Scene(diagram.title(), layout.extent(), items);
	}

	private void node(DiagramNode node, DiagramLayout layout, List<SceneItem> items) {
		Bounds b = layout.node(node.identity()).orElse(null);
		if (b == null) {
			return;
		}
		NodeStyle s = node.style();
		String role = node.isContainer() ? "container" : "node";
		RgbColor stroke = s.borderWidth() > 0 ? s.borderColor() : null;
		items.add(new SceneItem.Outline(node.identity(), role, outline(s, b), s.fillColor(), stroke, s.borderWidth(),
				s.borderLineStyle()));
		if (s.shape() == org.allianceplanner.diagram.graph.NodeShape.NOTE) {
			items.add(new SceneItem.Outline(node.identity(), role, fold(b), null, stroke, s.borderWidth(),
					s.borderLineStyle()));
		}
		if (node.isContainer() && !node.children().isEmpty() && stroke != null) {
			double y = b.y() + sizes.containerHeader(node);
			items.add(new SceneItem.Outline(node.identity(), role, new java.awt.geom.Line2D.Double(b.x(), y, b.maxX(), y),
					null, stroke, Math.min(1, s.borderWidth()), LineStyle.SOLID));
		}
		Bounds label = sizes.labelBox(node, b);
		double textX = label.x();
		if (!s.iconName().isEmpty()) {
			double iy = label.y() + (label.height() - NodeSizes.ICON_SIZE) / 2;
			items.add(new SceneItem.Outline(node.identity(), "icon",
					new RoundRectangle2D.Double(label.x(), iy, NodeSizes.ICON_SIZE, NodeSizes.ICON_SIZE, 3, 3),
					s.borderColor(), null, 0, LineStyle.SOLID));
			String initial = s.iconName().substring(0, 1).toUpperCase(java.util.Locale.ROOT);
			FontStyle f = new FontStyle(8, true, false, s.fillColor());
			items.add(new SceneItem.Text(node.identity(), "icon",
					label.x() + (NodeSizes.ICON_SIZE - metrics.width(initial, f)) / 2,
					iy + (NodeSizes.ICON_SIZE - metrics.lineHeight(f)) / 2 + metrics.ascent(f), initial, f));
			textX += NodeSizes.ICON_SIZE + NodeSizes.ICON_GAP;
		}
		double textWidth = label.maxX() - textX;
		double y = label.y() + (label.height() - TextMetrics.lines(node.label()).size() * metrics.lineHeight(s.font())) / 2;
		for (String line : TextMetrics.lines(node.label())) {
			double x = textX + (textWidth - metrics.width(line, s.font())) / 2;
			items.add(new SceneItem.Text(node.identity(), "label", x, y + metrics.ascent(s.font()), line, s.font()));
			y += metrics.lineHeight(s.font());
		}
		for (DiagramNode child : node.children()) {
			node(child, layout, items);
		}
	}

	static Shape outline(NodeStyle s, Bounds b) {
		double x = b.x();
		double y = b.y();
		double w = b.width();
		double h = b.height();
		return switch (s.shape()) {
		case RECTANGLE -> new Rectangle2D.Double(x, y, w, h);
		case ROUNDED_RECTANGLE -> new RoundRectangle2D.Double(x, y, w, h, 12, 12);
		case ELLIPSE -> new Ellipse2D.Double(x, y, w, h);
		case LOZENGE -> polygon(x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2);
		case HEXAGON -> {
			double d = Math.min(h / 2, w / 4);
			yield polygon(x + d, y, x + w - d, y, x + w, y + h / 2, x + w - d, y + h, x + d, y + h, x, y + h / 2);
		}
		case NOTE -> {
			double c = Math.min(10, Math.min(w, h) / 3);
			yield polygon(x, y, x + w - c, y, x + w, y + c, x + w, y + h, x, y + h);
		}
		};
	}

	private static Shape fold(Bounds b) {
		double c = Math.min(10, Math.min(b.width(), b.height()) / 3);
		Path2D.Double p = new Path2D.Double();
		p.moveTo(b.maxX() - c, b.y());
		p.lineTo(b.maxX() - c, b.y() + c);
		p.lineTo(b.maxX(), b.y() + c);
		return p;
	}

	private static Shape polygon(double... xy) {
		Path2D.Double p = new Path2D.Double();
		p.moveTo(xy[0], xy[1]);
		for (int i = 2; i < xy.length; i += 2) {
			p.lineTo(xy[i], xy[i + 1]);
		}
		p.closePath();
		return p;
	}

	private void edge(DiagramEdge edge, EdgeRoute route, List<SceneItem> items) {
		Path2D.Double line = new Path2D.Double();
		List<Point> pts = route.points();
		line.moveTo(pts.get(0).x(), pts.get(0).y());
		for (int i = 1; i < pts.size(); i++) {
			line.lineTo(pts.get(i).x(), pts.get(i).y());
		}
		var s = edge.style();
		items.add(new SceneItem.Outline(edge.identity(), "edge", line, null, s.color(), s.width(), s.lineStyle()));
		arrow(edge, s.targetArrow(), pts.get(pts.size() - 2), pts.get(pts.size() - 1), items);
		arrow(edge, s.sourceArrow(), pts.get(1), pts.get(0), items);
	}

	/** An arrow head at {@code tip}, pointing from {@code from}. */
	private static void arrow(DiagramEdge edge, ArrowHead head, Point from, Point tip, List<SceneItem> items) {
		if (head == ArrowHead.NONE) {
			return;
		}
		double dx = tip.x() - from.x();
		double dy = tip.y() - from.y();
		double len = Math.hypot(dx, dy);
		if (len == 0) {
			return;
		}
		double ux = dx / len;
		double uy = dy / len;
		double size = ARROW + edge.style().width();
		double bx = tip.x() - ux * size;
		double by = tip.y() - uy * size;
		double half = size * 0.45;
		double lx = bx - uy * half;
		double ly = by + ux * half;
		double rx = bx + uy * half;
		double ry = by - ux * half;
		RgbColor c = edge.style().color();
		double w = edge.style().width();
		Shape shape;
		RgbColor fill;
		switch (head) {
		case OPEN_ARROW -> {
			Path2D.Double p = new Path2D.Double();
			p.moveTo(lx, ly);
			p.lineTo(tip.x(), tip.y());
			p.lineTo(rx, ry);
			shape = p;
			fill = null;
		}
		case CLOSED_ARROW, FILLED_ARROW -> {
			shape = polygon(lx, ly, tip.x(), tip.y(), rx, ry);
			fill = head == ArrowHead.FILLED_ARROW ? c : RgbColor.WHITE;
		}
		default -> {
			double ex = tip.x() - ux * size * 2;
			double ey = tip.y() - uy * size * 2;
			shape = polygon(tip.x(), tip.y(), bx - uy * half, by + ux * half, ex, ey, bx + uy * half, by - ux * half);
			fill = head == ArrowHead.FILLED_DIAMOND ? c : RgbColor.WHITE;
		}
		}
		items.add(new SceneItem.Outline(edge.identity(), "arrow", shape, fill, c, w, LineStyle.SOLID));
	}

	private void lines(String element, String role, String text, FontStyle font, Bounds box, List<SceneItem> items) {
		double lineHeight = metrics.lineHeight(font);
		List<String> lines = TextMetrics.lines(text);
		double y = box.y() + (box.height() - lines.size() * lineHeight) / 2;
		for (String line : lines) {
			double x = box.x() + (box.width() - metrics.width(line, font)) / 2;
			items.add(new SceneItem.Text(element, role, x, y + metrics.ascent(font), line, font));
			y += lineHeight;
		}
	}

	private static Point middle(EdgeRoute route) {
		List<Point> p = route.points();
		Point a = p.get((p.size() - 1) / 2);
		Point b = p.get(p.size() / 2);
		return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
	}

	/** Badges at their placement, side by side when several share one; the rule ID beside each. */
	private void decorations(String element, List<Decoration> decorations, Bounds b, List<SceneItem> items) {
		Map<Placement, Integer> used = new EnumMap<>(Placement.class);
		for (Decoration d : decorations) {
			int index = used.merge(d.placement(), 1, Integer::sum) - 1;
			Point anchor = anchor(d.placement(), b);
			double size = NodeSizes.BADGE_SIZE;
			double x = anchor.x() - size / 2 + index * (size + 2);
			double y = anchor.y() - size / 2;
			RgbColor color = BADGE.get(d.severity());
			Shape badge = d.severity() == Severity.WARNING ? polygon(x + size / 2, y, x + size, y + size, x, y + size)
					: new Ellipse2D.Double(x, y, size, size);
			items.add(new SceneItem.Outline(element, "decoration", badge, color, RgbColor.WHITE, 1, LineStyle.SOLID));
			String mark = d.severity() == Severity.INFO ? "i" : "!";
			FontStyle white = BADGE_FONT.withColor(RgbColor.WHITE).withSize(9);
			items.add(new SceneItem.Text(element, "decoration", x + (size - metrics.width(mark, white)) / 2,
					y + size - 3, mark, white));
			if (!d.ruleId().isEmpty()) {
				items.add(new SceneItem.Text(element, "decoration", x + size + 1, y + size - 2, d.ruleId(),
						BADGE_FONT.withColor(color)));
			}
		}
	}

	private static Point anchor(Placement p, Bounds b) {
		return switch (p) {
		case NORTH_WEST -> new Point(b.x(), b.y());
		case NORTH -> new Point(b.center().x(), b.y());
		case NORTH_EAST -> new Point(b.maxX(), b.y());
		case EAST -> new Point(b.maxX(), b.center().y());
		case SOUTH_EAST -> new Point(b.maxX(), b.maxY());
		case SOUTH -> new Point(b.center().x(), b.maxY());
		case SOUTH_WEST -> new Point(b.x(), b.maxY());
		case WEST -> new Point(b.x(), b.center().y());
		case CENTER -> b.center();
		};
	}
}
