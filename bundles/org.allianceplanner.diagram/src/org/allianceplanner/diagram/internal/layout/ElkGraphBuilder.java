package org.allianceplanner.diagram.internal.layout;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramEdge;
import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.diagram.layout.DiagramPositions;
import org.allianceplanner.diagram.layout.ElementPosition;
import org.allianceplanner.diagram.text.TextMetrics.TextSize;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Turns a diagram graph into an ELK graph (nodes in the interpreter's order) with measured sizes, or the sizes
 * users gave nodes where those are larger (a node is never smaller than its label needs).
 */
public final class ElkGraphBuilder {

	private final NodeSizes sizes;
	private final ElkNode root = ElkGraphUtil.createGraph();
	private final Map<String, ElkNode> nodes = new LinkedHashMap<>();
	private final Map<String, ElkEdge> edges = new LinkedHashMap<>();
	private final Map<String, LabelNode> labelled = new LinkedHashMap<>();
	private final Direction direction;
	private DiagramPositions positions = DiagramPositions.EMPTY;

	/** What the identity of an edge's label node ends with (after the edge's identity). */
	public static final String LABEL_SUFFIX = "\u0000label";

	public ElkGraphBuilder(NodeSizes sizes, Direction direction) {
		this.sizes = sizes;
		this.direction = direction;
	}

	public ElkGraphBuilder build(Diagram diagram) {
		return build(diagram, DiagramPositions.EMPTY);
	}

	/** @param userPositions the layout file's entries, whose sizes (of resized nodes) are honoured */
	public ElkGraphBuilder build(Diagram diagram, DiagramPositions userPositions) {
		this.positions = userPositions;
		root.setIdentifier(diagram.id());
		for (DiagramNode node : diagram.nodes()) {
			add(node, root);
		}
		for (DiagramEdge edge : diagram.edges()) {
			ElkNode source = nodes.get(edge.sourceIdentity());
			ElkNode target = nodes.get(edge.targetIdentity());
			ElkEdge e = ElkGraphUtil.createSimpleEdge(source, target);
			ElkGraphUtil.updateContainment(e);
			if (edge.label().isEmpty() || source == target) {
				edges.put(edge.identity(), e);
			} else {
				labelled.put(edge.identity(), labelNode(edge, e));
			}
		}
		return this;
	}

	private void add(DiagramNode node, ElkNode parent) {
		ElkNode n = ElkGraphUtil.createNode(parent);
		n.setIdentifier(node.identity());
		nodes.put(node.identity(), n);
		if (node.isContainer()) {
			TextSize min = userSize(node, sizes.containerMinimum(node));
			double p = NodeSizes.PADDING_X;
			n.setProperty(CoreOptions.PADDING, new ElkPadding(sizes.containerHeader(node) + NodeSizes.PADDING_Y, p, p, p));
			n.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
			n.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(min.width(), min.height()));
			n.setDimensions(min.width(), min.height());
			for (DiagramNode child : node.children()) {
				add(child, n);
			}
		} else {
			TextSize size = userSize(node, sizes.nodeSize(node));
			n.setDimensions(size.width(), size.height());
		}
	}

	/** The size a user gave the node, but no smaller than {@code least}; {@code least} if it has none. */
	private TextSize userSize(DiagramNode node, TextSize least) {
		ElementPosition p = positions.get(node.identity()).orElse(null);
		if (p == null || !p.hasSize()) {
			return least;
		}
		return new TextSize(Math.max(least.width(), p.width()), Math.max(least.height(), p.height()));
	}

	/**
	 * An edge label becomes a node of its own, between two edges, where ELK layered would put its label dummy.
	 * Unlike the dummy it has a position, so interactive layering keeps it in place (ELK places label dummies
	 * at the origin, which makes its interactive layerer move the nodes after them a layer on). The edge runs
	 * along the label's lower border (its left border when layers go down or up).
	 */
	private LabelNode labelNode(DiagramEdge edge, ElkEdge probe) {
		ElkNode container = probe.getContainingNode();
		ElkNode source = (ElkNode) probe.getSources().get(0);
		ElkNode target = (ElkNode) probe.getTargets().get(0);
		probe.getSources().clear();
		probe.getTargets().clear();
		container.getContainedEdges().remove(probe);
		TextSize size = sizes.metrics().measure(edge.label(), edge.style().labelFont());
		double w = Math.ceil(size.width()) + 4;
		double h = Math.ceil(size.height()) + 2;
		ElkNode node = ElkGraphUtil.createNode(container);
		node.setIdentifier(edge.identity() + LABEL_SUFFIX);
		node.setDimensions(w, h);
		node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
		ElkPort in = ElkGraphUtil.createPort(node);
		ElkPort out = ElkGraphUtil.createPort(node);
		switch (direction) {
		case DOWN -> {
			port(in, 0, 0, PortSide.NORTH);
			port(out, 0, h, PortSide.SOUTH);
		}
		case UP -> {
			port(in, 0, h, PortSide.SOUTH);
			port(out, 0, 0, PortSide.NORTH);
		}
		case LEFT -> {
			port(in, w, h, PortSide.EAST);
			port(out, 0, h, PortSide.WEST);
		}
		default -> {
			port(in, 0, h, PortSide.WEST);
			port(out, w, h, PortSide.EAST);
		}
		}
		ElkEdge first = ElkGraphUtil.createSimpleEdge(source, in);
		ElkGraphUtil.updateContainment(first);
		ElkEdge second = ElkGraphUtil.createSimpleEdge(out, target);
		ElkGraphUtil.updateContainment(second);
		return new LabelNode(node, first, second);
	}

	private static void port(ElkPort port, double x, double y, PortSide side) {
		port.setLocation(x, y);
		port.setDimensions(0, 0);
		port.setProperty(CoreOptions.PORT_SIDE, side);
	}

	/** The node standing for an edge's label and the two edges through it. */
	public record LabelNode(ElkNode node, ElkEdge first, ElkEdge second) {
	}

	/** Edges with a label, by identity. */
	public Map<String, LabelNode> labelled() {
		return labelled;
	}

	public ElkNode root() {
		return root;
	}

	public Map<String, ElkNode> nodes() {
		return nodes;
	}

	public Map<String, ElkEdge> edges() {
		return edges;
	}
}
