package org.allianceplanner.diagram.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Diagrams built in code for tests and the benchmark (no interpreter needed): a small Responsibility-like
 * diagram with every style feature, and seeded random layered graphs of any size.
 */
public final class SyntheticDiagrams {

	private SyntheticDiagrams() {
	}

	public static final NodeStyle PARTY = NodeStyle.builder().shape(NodeShape.ROUNDED_RECTANGLE)
			.fillColor(RgbColor.parse("#e3f2fd")).borderColor(RgbColor.parse("#1565c0")).iconName("party").build();
	public static final NodeStyle TASK = NodeStyle.builder().fillColor(RgbColor.parse("#fff8e1"))
			.font(FontStyle.DEFAULT.withBold(true)).build();
	public static final NodeStyle GOVERNMENT = NodeStyle.builder().fillColor(RgbColor.parse("#fafafa"))
			.borderLineStyle(LineStyle.DASH).font(FontStyle.DEFAULT.withSize(11).withItalic(true)).build();
	public static final EdgeStyle PRIMARY = EdgeStyle.builder().width(2).targetArrow(ArrowHead.FILLED_ARROW).build();
	public static final EdgeStyle SUPPORT = EdgeStyle.builder().lineStyle(LineStyle.DASH)
			.color(RgbColor.parse("#2e7d32")).build();
	public static final EdgeStyle COOPERATION = EdgeStyle.builder().lineStyle(LineStyle.DOT)
			.sourceArrow(ArrowHead.DIAMOND).build();

	/** Containers with parties, tasks of several shapes, labelled edges of each line style, decorations. */
	public static Diagram responsibility() {
		return Diagram.builder("responsibility").descriptionName("Responsibility").title("Responsibility 責任分担")
				.node(DiagramNode.container("Government:jp").label("Government of Japan\n日本国政府").style(GOVERNMENT)
						.child(DiagramNode.builder("Party:jp.mod").label("Ministry of Defense").style(PARTY).build())
						.child(DiagramNode.builder("Party:jp.mofa").label("外務省").style(PARTY)
								.decoration(Decoration.of(Severity.ERROR, "R-07", "the party has no task")).build())
						.build())
				.node(DiagramNode.container("Government:us").label("Government of the United States").style(GOVERNMENT)
						.child(DiagramNode.builder("Party:us.dod").label("Department of Defense").style(PARTY).build())
						.build())
				.node(DiagramNode.builder("Task:evac").label("Evacuation of noncombatants").style(TASK)
						.decoration(Decoration.of(Severity.WARNING, "R-12", "no supporting party")).build())
				.node(DiagramNode.builder("Task:sar").label("Search and rescue")
						.style(TASK.toBuilder().shape(NodeShape.ELLIPSE).build()).build())
				.node(DiagramNode.builder("Task:mine").label("Minesweeping")
						.style(TASK.toBuilder().shape(NodeShape.LOZENGE).build()).build())
				.node(DiagramNode.builder("Note:1").label("Note").style(NodeStyle.builder().shape(NodeShape.NOTE).build())
						.build())
				.edge(DiagramEdge.builder("Primary:mod-evac", "Party:jp.mod", "Task:evac").label("primary")
						.style(PRIMARY).build())
				.edge(DiagramEdge.builder("Support:mofa-evac", "Party:jp.mofa", "Task:evac").label("support")
						.style(SUPPORT).build())
				.edge(DiagramEdge.builder("Cooperation:dod-sar", "Party:us.dod", "Task:sar").label("cooperation")
						.style(COOPERATION).build())
				.edge(DiagramEdge.builder("Supplement:sar-mine", "Task:sar", "Task:mine")
						.style(EdgeStyle.builder().targetArrow(ArrowHead.CLOSED_ARROW).build()).build())
				.edge(DiagramEdge.builder("Note:mine", "Task:mine", "Note:1")
						.style(EdgeStyle.builder().targetArrow(ArrowHead.NONE).lineStyle(LineStyle.DASH_DOT).build())
						.build())
				.build();
	}

	/**
	 * A seeded random acyclic graph of about {@code size} elements (nodes + edges): a tenth of the nodes in
	 * containers, every third edge labelled. Without {@code omit} (null) it is the same graph for the same
	 * size; {@code omit} leaves one node and its edges out, {@code extra} adds a node fed by node 5.
	 */
	public static Diagram layered(int size, String omit, boolean extra) {
		int nodes = Math.max(6, size * 4 / 10);
		Random random = new Random(size);
		Diagram.Builder b = Diagram.builder("synthetic-" + size).title("Synthetic " + size).descriptionName("Synthetic");
		List<DiagramNode.Builder> containers = new ArrayList<>();
		for (int c = 0; c < Math.max(1, nodes / 25); c++) {
			containers.add(DiagramNode.container("Box:" + c).label("Container " + c).style(GOVERNMENT));
		}
		List<DiagramNode> top = new ArrayList<>();
		for (int i = 0; i < nodes; i++) {
			int box = random.nextInt(10);
			String id = "Task:" + i;
			if (id.equals(omit)) {
				continue;
			}
			DiagramNode n = DiagramNode.builder(id).label("Task " + i).style(TASK).build();
			if (box == 0) {
				containers.get(i % containers.size()).child(n);
			} else {
				top.add(n);
			}
		}
		containers.forEach(c -> b.node(c.build()));
		top.forEach(b::node);
		if (extra) {
			b.node(DiagramNode.builder("Task:extra").label("Added task").style(TASK).build());
		}
		int edges = size - nodes;
		for (int e = 0; e < edges; e++) {
			// Mostly short edges, as in plan diagrams (a task and its parties are near each other).
			int t = 1 + random.nextInt(nodes - 1);
			int s = t - 1 - random.nextInt(Math.min(t, 12));
			String source = "Task:" + s;
			String target = "Task:" + t;
			if (source.equals(omit) || target.equals(omit)) {
				continue;
			}
			b.edge(DiagramEdge.builder("Edge:" + e, source, target).label(e % 3 == 0 ? "supports" : "")
					.style(e % 2 == 0 ? SUPPORT : PRIMARY).build());
		}
		if (extra) {
			b.edge(DiagramEdge.builder("Edge:extra", "Task:5", "Task:extra").build());
		}
		return b.build();
	}
}
