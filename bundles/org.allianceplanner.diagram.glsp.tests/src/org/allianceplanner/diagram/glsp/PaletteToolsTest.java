package org.allianceplanner.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.server.features.contextactions.RequestContextActions;
import org.eclipse.glsp.server.features.contextactions.SetContextActions;
import org.eclipse.glsp.server.features.directediting.LabeledAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.types.EditorContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The palette tools of the Readiness stages, Coordination mechanism and Traceability diagrams, through GLSP's
 * protocol: the palette offers them, and using them writes the plan text.
 */
class PaletteToolsTest {

	@TempDir
	Path folder;

	private Path plan;
	private Path catalogue;
	private GlspClientSession client;

	@BeforeEach
	void start() throws Exception {
		Examples.copyTo(folder);
		plan = folder.resolve(Examples.DEFENSE_OF_JAPAN);
		catalogue = folder.resolve("catalogue.alliance");
		client = new GlspClientSession(new FilePlanTexts(), DiagramHost.NONE);
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
	}

	@Test
	void thePaletteOffersEveryNodeAndEdgeToolOfTheBuiltInDiagrams() {
		Map<String, Set<String>> expected = Map.of(
				"Responsibility", Set.of("NewTask", "NewAssignment"),
				"ReadinessStages", Set.of("NewStage", "NewActivation"),
				"CoordinationMechanism", Set.of("NewCommittee", "NewLiaison"),
				"AreasAndOperations", Set.of("NewArea", "NewNear"),
				"IntelligenceFlow", Set.of("NewProduct", "NewSharing"),
				"Traceability", Set.of("NewTrace"));
		expected.forEach((diagram, tools) -> {
			client.requestModel(plan, diagram);
			Set<String> offered = new TreeSet<>();
			// a role tool is offered once per role: NewAssignment.primary, NewAssignment.support...
			palette().forEach(id -> offered.add(id.contains(".") ? id.substring(0, id.indexOf('.')) : id));
			assertEquals(new TreeSet<>(tools), offered, diagram);
		});
	}

	@Test
	void newStageWritesAReadinessStageInThePlanItIsDroppedOn() {
		GModelRoot root = client.requestModel(plan, "ReadinessStages");
		String container = node(root, "Plan:", ".DefenseOfJapan");
		String before = Examples.read(plan);
		GModelRoot after = client.edit(new CreateNodeOperation("NewStage", container));
		String text = Examples.read(plan);
		assertFalse(before.contains("readiness stage ReadinessStage "));
		int at = text.indexOf("\n\treadiness stage ReadinessStage level 4\n");
		assertTrue(at > text.indexOf("readiness stage DefenseOperations ") && at < text.indexOf("common procedure "),
				"the new stage after the plan's last stage:\n" + text);
		assertTrue(DiagramServerTest.ids(after, GNode.class).stream().anyMatch(id -> id.endsWith(".ReadinessStage")),
				"the new stage is drawn: " + DiagramServerTest.ids(after, GNode.class));
	}

	@Test
	void newActivationWritesActivatesInTheStage() {
		GModelRoot root = client.requestModel(plan, "ReadinessStages");
		String stage = node(root, "Stage:", ".Preparation");
		String mechanism = node(root, "Mechanism:", ".CoordinationMechanism");
		assertFalse(block(Examples.read(plan), "readiness stage Preparation ").contains("activates"));
		GModelRoot after = client.edit(new CreateEdgeOperation("NewActivation", stage, mechanism));
		assertTrue(block(Examples.read(plan), "readiness stage Preparation ").contains("activates CoordinationMechanism"),
				Examples.read(plan));
		assertTrue(DiagramServerTest.ids(after, GEdge.class).contains("Activates:" + stage + "->" + mechanism),
				"the edge is drawn: " + DiagramServerTest.ids(after, GEdge.class));
	}

	@Test
	void newCommitteeWritesACommitteeInTheMechanismItIsDroppedOn() {
		GModelRoot root = client.requestModel(plan, "CoordinationMechanism");
		String mechanism = node(root, "Bilateral:", ".CoordinationMechanism");
		String before = Examples.read(catalogue);
		GModelRoot after = client.edit(new CreateNodeOperation("NewCommittee", mechanism));
		String text = Examples.read(catalogue);
		assertFalse(before.contains("coordination committee CoordinationCommittee"));
		assertTrue(text.contains("\tcoordination committee OperationsCommittee \"Bilateral operations coordination "
				+ "committee\" members JointStaff, USFJ\n\tcoordination committee CoordinationCommittee\n"), text);
		assertTrue(DiagramServerTest.ids(after, GNode.class).stream().anyMatch(id -> id.endsWith(".CoordinationCommittee")),
				"the new committee is drawn: " + DiagramServerTest.ids(after, GNode.class));
	}

	@Test
	void newTraceWritesImplementsAndDeleteRemovesIt() {
		GModelRoot root = client.requestModel(plan, "Traceability");
		String task = node(root, "Element:", ".RepelAttack");
		String clause = node(root, "Clause:", "IV.2(1)c");
		GModelRoot after = client.edit(new CreateEdgeOperation("NewTrace", task, clause));
		assertTrue(block(Examples.read(plan), "task RepelAttack ").contains("implements IV.2(1)a, IV.2(1)b, IV.2(1)c\n"),
				Examples.read(plan));
		String edge = "Implements:" + task + "->" + clause;
		assertTrue(DiagramServerTest.ids(after, GEdge.class).contains(edge),
				"the edge is drawn: " + DiagramServerTest.ids(after, GEdge.class));
		GModelRoot deleted = client.edit(new DeleteOperation(List.of(edge)));
		assertTrue(block(Examples.read(plan), "task RepelAttack ").contains("implements IV.2(1)a, IV.2(1)b\n"),
				Examples.read(plan));
		assertFalse(DiagramServerTest.ids(deleted, GEdge.class).contains(edge));
	}

	/** The ids of the palette's tools (a role tool once per role would show as its tool name and role). */
	private List<String> palette() {
		RequestContextActions request = new RequestContextActions("tool-palette", new EditorContext());
		client.send(request);
		SetContextActions palette = client.await(SetContextActions.class);
		List<String> ids = new ArrayList<>();
		for (LabeledAction group : palette.getActions()) {
			for (PaletteItem item : ((PaletteItem) group).getChildren()) {
				ids.add(item.getId());
			}
		}
		return ids;
	}

	private static String node(GModelRoot root, String prefix, String suffix) {
		Set<String> ids = DiagramServerTest.ids(root, GNode.class);
		return ids.stream().filter(id -> id.substring(id.lastIndexOf('/') + 1).startsWith(prefix) && id.endsWith(suffix))
				.findFirst().orElseThrow(() -> new AssertionError("no node " + prefix + "..." + suffix + " in " + ids));
	}

	private static String block(String text, String start) {
		int at = text.indexOf(start);
		assertTrue(at >= 0, start + " in the text");
		return text.substring(at, text.indexOf("\n\t}", at));
	}
}
