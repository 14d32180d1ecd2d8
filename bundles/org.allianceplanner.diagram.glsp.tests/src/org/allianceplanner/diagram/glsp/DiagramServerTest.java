package org.allianceplanner.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.diagram.layout.Bounds;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.DrawnDiagram;
import org.allianceplanner.pipeline.PlanDiagrams;
import org.allianceplanner.pipeline.PlanPipeline;
import org.allianceplanner.docgen.Audience;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GIssueMarker;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GLSP server over copies of the examples, through GLSP's protocol in the same process: the models it
 * sends are the diagrams {@code alliance diagram} draws, and its operations write the plan text.
 */
class DiagramServerTest {

	private static final String RESPONSIBILITY = "Responsibility";

	@TempDir
	Path folder;

	private Path plan;
	private GlspClientSession client;

	@BeforeEach
	void start() throws Exception {
		Examples.copyTo(folder);
		plan = folder.resolve(Examples.DEFENSE_OF_JAPAN);
		client = new GlspClientSession(new FilePlanTexts(), DiagramHost.NONE);
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
	}

	@Test
	void everyBuiltInDiagramIsTheOneTheCommandDraws() throws Exception {
		PlanDiagrams diagrams = PlanDiagrams.builtIn(w -> {
		});
		PlanPipeline pipeline = new PlanPipeline(AllianceDiagramModule.standaloneLanguage());
		CheckedPlans checked = pipeline.check(pipeline.load(List.of(plan)));
		PlanModel model = checked.plans().models().get(0);
		List<DrawnDiagram> drawn = diagrams.draw(model, plan, Audience.BOTH.visibility(), checked.rules().active());
		assertFalse(drawn.isEmpty(), "the example has diagrams");
		for (String name : diagrams.names()) {
			GModelRoot root = client.requestModel(plan, name);
			assertEquals(DiagramTypes.GRAPH, root.getType());
			DrawnDiagram expected = drawn.stream().filter(d -> d.diagram().descriptionName().equals(name)).findFirst().orElse(null);
			if (expected == null) {
				assertTrue(root.getChildren().isEmpty(), name + ": the command draws nothing, the server neither");
				continue;
			}
			Set<String> nodes = new TreeSet<>();
			for (DiagramNode node : expected.diagram().allNodes()) {
				nodes.add(node.identity());
			}
			Set<String> edges = new TreeSet<>();
			expected.diagram().edges().forEach(e -> edges.add(e.identity()));
			assertEquals(nodes, ids(root, GNode.class), name + ": nodes");
			assertEquals(edges, ids(root, GEdge.class), name + ": edges");
			for (GNode node : all(root, GNode.class)) {
				Bounds bounds = expected.layout().node(node.getId()).orElseThrow();
				assertEquals(bounds.x(), absoluteX(node), 0.001, name + ": x of " + node.getId());
				assertEquals(bounds.width(), node.getSize().getWidth(), 0.001, name + ": width of " + node.getId());
				assertTrue(node.getType().matches("node:(rectangle|rounded-rectangle|ellipse|lozenge|note|hexagon)"), node.getType());
				assertTrue(node.getChildren().stream().anyMatch(c -> c instanceof GLabel l && DiagramTypes.LABEL.equals(l.getType())),
						node.getId() + " has its label");
				assertTrue(String.valueOf(node.getArgs().get("fill")).matches("#[0-9a-f]{6}"), "fill " + node.getArgs().get("fill"));
			}
		}
	}

	@Test
	void createNodeOperationWritesATask() {
		client.requestModel(plan, RESPONSIBILITY);
		String before = Examples.read(plan);
		GModelRoot after = client.edit(new CreateNodeOperation("NewTask"));
		String text = Examples.read(plan);
		assertEquals(count(before, "\n\ttask ") + 1, count(text, "\n\ttask "), "one task more in the file");
		String name = newTaskName(before, text);
		assertTrue(ids(after, GNode.class).stream().anyMatch(id -> id.endsWith("." + name)), "the new task " + name + " is drawn");
	}

	@Test
	void createEdgeOperationAssignsARole() {
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		String task = nodeEnding(root, ".MedicalServices");
		String party = ids(root, GNode.class).stream().filter(id -> id.endsWith(".NPA")).findFirst()
				.orElseGet(() -> ids(root, GNode.class).stream().filter(id -> id.contains("Party:")).findFirst().orElseThrow());
		String partyName = party.substring(party.lastIndexOf('.') + 1);
		client.edit(new CreateEdgeOperation("NewAssignment", party, task, Map.of("role", "cooperation")));
		String block = taskBlock(Examples.read(plan), "MedicalServices");
		assertTrue(block.contains(partyName + " cooperation"), "the role is written in the task:\n" + block);
	}

	@Test
	void labelEditChangesTheTitle() {
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		String task = nodeEnding(root, ".CounterAirAttack");
		GModelRoot after = client.edit(new ApplyLabelEditOperation(task + DiagramTypes.LABEL_SUFFIX, "Counter the air attack"));
		assertTrue(taskBlock(Examples.read(plan), "CounterAirAttack").contains("\"Counter the air attack\""));
		GLabel label = all(after, GLabel.class).stream().filter(l -> l.getId().equals(task + DiagramTypes.LABEL_SUFFIX))
				.findFirst().orElseThrow();
		assertTrue(label.getText().contains("Counter the air attack"), label.getText());
	}

	@Test
	void deleteOperationRemovesTheTask() {
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		String task = nodeEnding(root, ".MedicalServices");
		GModelRoot after = client.edit(new DeleteOperation(List.of(task)));
		assertFalse(Examples.read(plan).contains("task MedicalServices"));
		assertFalse(ids(after, GNode.class).contains(task));
	}

	@Test
	void findingsOfAPlanWithAnErrorAreMarkers() {
		String text = Examples.read(plan);
		String wrong = text.replace("\t\tJASDF primary responsibility\n\t\tFifthAirForce support\n",
				"\t\tFifthAirForce primary responsibility\n\t\tJASDF support\n");
		assertNotEquals(text, wrong, "the example changed as the test expects");
		Examples.write(plan, wrong);
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		String task = nodeEnding(root, ".CounterAirAttack");
		List<String> issues = new ArrayList<>();
		for (GIssueMarker marker : all(root, GIssueMarker.class)) {
			assertEquals(DiagramTypes.MARKER, marker.getType());
			marker.getIssues().forEach(i -> issues.add(marker.getParent().getId() + " " + i.getSeverity() + " " + i.getMessage()));
		}
		// the U.S. party's primary role in an air defense task is the error, on its role edge of that task
		assertTrue(issues.stream().anyMatch(i -> i.startsWith("Role:" + task.substring("Task:".length()))
				&& i.contains(" error ROLE-AIR-DEFENSE: FifthAirForce")), "issues " + issues);
		SetMarkersAction markers = client.requestMarkers(List.of(root.getId()));
		assertTrue(markers.getMarkers().stream().anyMatch(m -> m.getElementId().contains("CounterAirAttack")
				&& "error".equals(m.getType()) && m.getDescription().startsWith("ROLE-AIR-DEFENSE: ")), "markers " + markers.getMarkers().size());
	}

	@Test
	void anEditOfAFileChangedOnDiskIsRefusedAndBothTextsStay() {
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		String task = nodeEnding(root, ".CounterAirAttack");
		String theirs = Examples.read(plan) + "\n// added by someone else while the diagram was open\n";
		Examples.write(plan, theirs);
		client.send(new ApplyLabelEditOperation(task + DiagramTypes.LABEL_SUFFIX, "Counter the air attack"));
		MessageAction message = client.await(MessageAction.class);
		assertEquals("ERROR", message.getSeverity().toUpperCase(java.util.Locale.ROOT));
		assertTrue(message.getMessage().contains(plan.toString()) && message.getMessage().contains("changed on disk"),
				message.getMessage());
		assertEquals(theirs, Examples.read(plan), "the text on disk is the other writer's");
		GModelRoot again = client.requestModel(plan, RESPONSIBILITY);
		GLabel label = all(again, GLabel.class).stream().filter(l -> l.getId().equals(task + DiagramTypes.LABEL_SUFFIX))
				.findFirst().orElseThrow();
		assertFalse(label.getText().contains("Counter the air attack"), "the refused edit is nowhere");
	}

	private static String nodeEnding(GModelRoot root, String suffix) {
		return ids(root, GNode.class).stream().filter(id -> id.startsWith("Task:") && id.endsWith(suffix)).findFirst()
				.orElseThrow(() -> new AssertionError("no node ending with " + suffix + " in " + ids(root, GNode.class)));
	}

	private static String taskBlock(String text, String name) {
		int start = text.indexOf("task " + name + " ");
		assertTrue(start >= 0, "task " + name + " in the text");
		return text.substring(start, text.indexOf("\n\t}", start));
	}

	private static String newTaskName(String before, String after) {
		Matcher m = Pattern.compile("\n\ttask (\\w+)").matcher(after);
		while (m.find()) {
			if (!before.contains("\n\ttask " + m.group(1) + " ")) {
				return m.group(1);
			}
		}
		throw new AssertionError("no new task in the text");
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	private static double absoluteX(GModelElement element) {
		double x = 0;
		for (GModelElement e = element; e instanceof GNode n; e = e.getParent()) {
			x += n.getPosition().getX();
		}
		return x;
	}

	static Set<String> ids(GModelElement root, Class<? extends GModelElement> type) {
		Set<String> ids = new TreeSet<>();
		all(root, type).forEach(e -> ids.add(e.getId()));
		return ids;
	}

	static <T extends GModelElement> List<T> all(GModelElement root, Class<T> type) {
		List<T> result = new ArrayList<>();
		collect(root, type, result);
		return result;
	}

	private static <T extends GModelElement> void collect(GModelElement element, Class<T> type, List<T> result) {
		if (type.isInstance(element)) {
			result.add(type.cast(element));
		}
		for (GModelElement child : element.getChildren()) {
			collect(child, type, result);
		}
	}
}
