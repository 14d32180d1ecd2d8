package org.allianceplanner.diagram.interpreter.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.allianceplanner.diagram.description.StyleProperties;
import org.allianceplanner.diagram.description.viewpoint.ConditionalStyle;
import org.allianceplanner.diagram.description.viewpoint.Mapping;
import org.allianceplanner.diagram.description.viewpoint.Style;
import org.allianceplanner.diagram.description.viewpoint.StyleProperty;
import org.allianceplanner.diagram.graph.ArrowHead;
import org.allianceplanner.diagram.graph.EdgeStyle;
import org.allianceplanner.diagram.graph.FontStyle;
import org.allianceplanner.diagram.graph.LineStyle;
import org.allianceplanner.diagram.graph.NodeShape;
import org.allianceplanner.diagram.graph.NodeStyle;
import org.allianceplanner.diagram.graph.RgbColor;
import org.eclipse.emf.ecore.EObject;

/**
 * Resolves a mapping's style for one element: the mapping's style, then every conditional style whose
 * condition holds, in order, each overriding the properties it sets.
 */
public final class Styles {

	private final Evaluator evaluator;
	/** Resolved styles by their properties: few distinct styles per diagram, shared by the elements. */
	private final Map<Map<String, String>, NodeStyle> nodeStyles = new HashMap<>();
	private final Map<Map<String, String>, EdgeStyle> edgeStyles = new HashMap<>();

	public Styles(Evaluator evaluator) {
		this.evaluator = evaluator;
	}

	/** The properties in effect for {@code element}: key to value as written. */
	public Map<String, String> properties(Mapping mapping, EObject element) {
		Map<String, String> result = new LinkedHashMap<>();
		put(result, mapping.getStyle());
		for (ConditionalStyle c : mapping.getConditionalStyles()) {
			if (evaluator.isTrue(c.getCondition(), element)) {
				put(result, c.getStyle());
			}
		}
		return result;
	}

	private static void put(Map<String, String> result, Style style) {
		if (style != null) {
			for (StyleProperty p : style.getProperties()) {
				result.put(p.getKey(), StyleProperties.text(p));
			}
		}
	}

	public NodeStyle node(Map<String, String> properties) {
		return nodeStyles.computeIfAbsent(properties, Styles::resolveNode);
	}

	public EdgeStyle edge(Map<String, String> properties) {
		return edgeStyles.computeIfAbsent(properties, Styles::resolveEdge);
	}

	private static NodeStyle resolveNode(Map<String, String> p) {
		NodeStyle.Builder b = NodeStyle.builder();
		if (p.containsKey("shape")) {
			b.shape(shape(p.get("shape")));
		}
		if (p.containsKey("color")) {
			b.fillColor(RgbColor.parse(p.get("color")));
		}
		if (p.containsKey("border")) {
			b.borderColor(RgbColor.parse(p.get("border")));
		}
		if (p.containsKey("borderWidth")) {
			b.borderWidth(Integer.parseInt(p.get("borderWidth")));
		}
		if (p.containsKey("line")) {
			b.borderLineStyle(line(p.get("line")));
		}
		if (p.containsKey("icon")) {
			b.iconName(p.get("icon"));
		}
		b.font(font(p));
		return b.build();
	}

	private static EdgeStyle resolveEdge(Map<String, String> p) {
		EdgeStyle.Builder b = EdgeStyle.builder();
		if (p.containsKey("color")) {
			b.color(RgbColor.parse(p.get("color")));
		}
		if (p.containsKey("width")) {
			b.width(Integer.parseInt(p.get("width")));
		}
		if (p.containsKey("line")) {
			b.lineStyle(line(p.get("line")));
		}
		if (p.containsKey("arrow")) {
			b.targetArrow(arrow(p.get("arrow")));
		}
		b.labelFont(font(p));
		return b.build();
	}

	private static FontStyle font(Map<String, String> p) {
		FontStyle f = FontStyle.DEFAULT;
		String font = p.getOrDefault("font", "normal");
		f = f.withBold(font.startsWith("bold")).withItalic(font.endsWith("talic") || font.endsWith("Italic"));
		if (p.containsKey("fontSize")) {
			f = f.withSize(Integer.parseInt(p.get("fontSize")));
		}
		if (p.containsKey("labelColor")) {
			f = f.withColor(RgbColor.parse(p.get("labelColor")));
		}
		return f;
	}

	private static NodeShape shape(String word) {
		return switch (word) {
		case "roundedRectangle" -> NodeShape.ROUNDED_RECTANGLE;
		case "ellipse" -> NodeShape.ELLIPSE;
		case "diamond" -> NodeShape.LOZENGE;
		case "note" -> NodeShape.NOTE;
		case "hexagon" -> NodeShape.HEXAGON;
		default -> NodeShape.RECTANGLE;
		};
	}

	private static LineStyle line(String word) {
		return switch (word) {
		case "dashed" -> LineStyle.DASH;
		case "dotted" -> LineStyle.DOT;
		case "dashDot" -> LineStyle.DASH_DOT;
		default -> LineStyle.SOLID;
		};
	}

	private static ArrowHead arrow(String word) {
		return switch (word) {
		case "none" -> ArrowHead.NONE;
		case "triangle" -> ArrowHead.FILLED_ARROW;
		case "diamond" -> ArrowHead.DIAMOND;
		default -> ArrowHead.OPEN_ARROW;
		};
	}
}
