package org.allianceplanner.diagram.glsp.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allianceplanner.diagram.glsp.DiagramTypes;
import org.allianceplanner.diagram.graph.ArrowHead;
import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramEdge;
import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.diagram.graph.EdgeStyle;
import org.allianceplanner.diagram.graph.FontStyle;
import org.allianceplanner.diagram.graph.LineStyle;
import org.allianceplanner.diagram.graph.NodeStyle;
import org.allianceplanner.diagram.layout.Bounds;
import org.allianceplanner.diagram.layout.DiagramLayout;
import org.allianceplanner.diagram.layout.EdgeRoute;
import org.allianceplanner.diagram.layout.Point;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GIssue;
import org.eclipse.glsp.graph.GIssueMarker;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * The GModel of a drawn diagram, by the wire contract (docs/DIAGRAMS.md): nodes typed by shape with their
 * style as arguments, positions relative to the parent node as GLSP wants them (the core's layout is absolute),
 * edges with the core's routes, texts as label children; the plan's problems as issue markers ({@link #mark}).
 */
public final class GModels {

	private static final GraphFactory G = GraphFactory.eINSTANCE;
	private static final double MARKER_SIZE = 12;

	private GModels() {
	}

	/** An empty graph, for a plan that does not parse or has nothing this diagram shows. */
	public static GGraph empty(String id) {
		GGraph graph = G.createGGraph();
		graph.setId(id);
		graph.setType(DiagramTypes.GRAPH);
		return graph;
	}

	public static GGraph of(Diagram diagram, DiagramLayout layout) {
		GGraph graph = empty(diagram.id());
		graph.getArgs().put("title", diagram.title());
		for (DiagramNode node : diagram.nodes()) {
			graph.getChildren().add(node(node, layout, 0, 0));
		}
		for (DiagramEdge edge : diagram.edges()) {
			if (layout.edge(edge.identity()).isPresent()) {
				graph.getChildren().add(edge(edge, layout.edge(edge.identity()).get()));
			}
		}
		return graph;
	}

	private static GNode node(DiagramNode node, DiagramLayout layout, double parentX, double parentY) {
		Bounds b = layout.node(node.identity()).orElse(new Bounds(parentX, parentY, 0, 0));
		NodeStyle style = node.style();
		GNode g = G.createGNode();
		g.setId(node.identity());
		g.setType(DiagramTypes.NODE_PREFIX + name(style.shape()));
		g.setPosition(GraphUtil.point(b.x() - parentX, b.y() - parentY));
		g.setSize(GraphUtil.dimension(b.width(), b.height()));
		g.getArgs().put("fill", style.fillColor().hex());
		g.getArgs().put("stroke", style.borderColor().hex());
		g.getArgs().put("strokeWidth", style.borderWidth());
		g.getArgs().put("strokeDash", dash(style.borderLineStyle()));
		if (style.iconName() != null && !style.iconName().isBlank()) {
			g.getArgs().put("icon", style.iconName());
		}
		g.getArgs().put("container", node.isContainer());
		g.getArgs().put("layer", node.layer());
		g.getArgs().put("mapping", node.mappingName());
		GLabel label = label(node.identity() + DiagramTypes.LABEL_SUFFIX, DiagramTypes.LABEL, node.label(), style.font());
		label.setPosition(GraphUtil.point(0, 0));
		label.setSize(GraphUtil.dimension(b.width(), node.isContainer() ? style.font().size() * 1.6 : b.height()));
		g.getChildren().add(label);
		for (DiagramNode child : node.children()) {
			g.getChildren().add(node(child, layout, b.x(), b.y()));
		}
		return g;
	}

	private static GEdge edge(DiagramEdge edge, EdgeRoute route) {
		EdgeStyle style = edge.style();
		GEdge g = G.createGEdge();
		g.setId(edge.identity());
		g.setType(DiagramTypes.EDGE);
		g.setSourceId(edge.sourceIdentity());
		g.setTargetId(edge.targetIdentity());
		List<Point> points = route.points();
		for (int i = 1; i < points.size() - 1; i++) {
			g.getRoutingPoints().add(GraphUtil.point(points.get(i).x(), points.get(i).y()));
		}
		if (!points.isEmpty()) {
			g.getArgs().put("sourcePoint", points.get(0).x() + "," + points.get(0).y());
			g.getArgs().put("targetPoint", points.get(points.size() - 1).x() + "," + points.get(points.size() - 1).y());
		}
		g.getArgs().put("stroke", style.color().hex());
		g.getArgs().put("strokeWidth", style.width());
		g.getArgs().put("strokeDash", dash(style.lineStyle()));
		g.getArgs().put("sourceArrow", name(style.sourceArrow()));
		g.getArgs().put("targetArrow", name(style.targetArrow()));
		g.getArgs().put("layer", edge.layer());
		g.getArgs().put("mapping", edge.mappingName());
		if (edge.label() != null && !edge.label().isBlank()) {
			GLabel label = label(edge.identity() + DiagramTypes.LABEL_SUFFIX, DiagramTypes.EDGE_LABEL, edge.label(),
					style.labelFont());
			Bounds at = route.label().orElse(null);
			if (at != null) {
				label.setPosition(GraphUtil.point(at.x(), at.y()));
				label.setSize(GraphUtil.dimension(at.width(), at.height()));
			}
			g.getChildren().add(label);
		}
		return g;
	}

	private static GLabel label(String id, String type, String text, FontStyle font) {
		GLabel label = G.createGLabel();
		label.setId(id);
		label.setType(type);
		label.setText(text == null ? "" : text);
		label.getArgs().put("fontSize", font.size());
		label.getArgs().put("bold", font.bold());
		label.getArgs().put("italic", font.italic());
		label.getArgs().put("color", font.color().hex());
		return label;
	}

	/**
	 * Adds the problems as issue markers: one marker per element (the graph's own for the problems on the root), one
	 * issue per problem, at the element's top right corner. Markers of an earlier drawing are removed first.
	 */
	public static void mark(GModelRoot root, List<Problem> problems) {
		removeMarkers(root);
		Map<String, GModelElement> index = new HashMap<>();
		index(root, index);
		Map<GModelElement, GIssueMarker> markers = new LinkedHashMap<>();
		for (Problem problem : problems) {
			GModelElement element = index.getOrDefault(problem.elementId(), root);
			GIssueMarker marker = markers.computeIfAbsent(element, GModels::newMarker);
			GIssue issue = G.createGIssue();
			issue.setSeverity(problem.severity());
			issue.setMessage(problem.message());
			marker.getIssues().add(issue);
		}
		markers.forEach((element, marker) -> element.getChildren().add(marker));
	}

	private static GIssueMarker newMarker(GModelElement element) {
		double width = element instanceof GNode node && node.getSize() != null ? node.getSize().getWidth() : 0;
		GIssueMarker marker = G.createGIssueMarker();
		marker.setId(element.getId() + DiagramTypes.MARKER_SUFFIX);
		marker.setType(DiagramTypes.MARKER);
		marker.setPosition(GraphUtil.point(Math.max(0, width - MARKER_SIZE), element instanceof GNode ? -MARKER_SIZE / 2 : 0));
		marker.setSize(GraphUtil.dimension(MARKER_SIZE, MARKER_SIZE));
		return marker;
	}

	private static void removeMarkers(GModelElement element) {
		element.getChildren().removeIf(GIssueMarker.class::isInstance);
		element.getChildren().forEach(GModels::removeMarkers);
	}

	private static void index(GModelElement element, Map<String, GModelElement> index) {
		index.put(element.getId(), element);
		element.getChildren().forEach(child -> index(child, index));
	}

	private static String dash(LineStyle line) {
		return switch (line) {
		case DASH, DASH_DOT -> "dashed";
		case DOT -> "dotted";
		default -> "solid";
		};
	}

	/** {@code ROUNDED_RECTANGLE} → {@code rounded-rectangle}. */
	static String name(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static String name(ArrowHead arrow) {
		return name((Enum<?>) arrow);
	}
}
