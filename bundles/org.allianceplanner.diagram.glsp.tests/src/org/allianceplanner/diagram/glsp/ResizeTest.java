package org.allianceplanner.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.allianceplanner.diagram.layout.Bounds;
import org.allianceplanner.diagram.layout.ElementPosition;
import org.allianceplanner.diagram.layout.LayoutFile;
import org.allianceplanner.diagram.layout.LayoutFiles;
import org.allianceplanner.diagram.layout.DiagramPositions;
import org.allianceplanner.docgen.Audience;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.DrawnDiagram;
import org.allianceplanner.pipeline.PlanDiagrams;
import org.allianceplanner.pipeline.PlanPipeline;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.typehints.RequestTypeHintsAction;
import org.eclipse.glsp.server.features.typehints.SetTypeHintsAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resize in the editor is kept in the layout file, and the server draws the node at that size. */
class ResizeTest {

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
	void aResizedNodeKeepsItsSizeInTheLayoutFileAndOnTheNextMove() throws Exception {
		GModelRoot root = client.requestModel(plan, "Responsibility");
		GNode task = task(root, ".CounterAirAttack");
		double width = task.getSize().getWidth() + 120;
		double height = task.getSize().getHeight() + 60;
		GModelRoot resized = client.edit(change(task.getId(), 40, 30, width, height));
		GNode drawn = task(resized, ".CounterAirAttack");
		assertEquals(width, drawn.getSize().getWidth(), 0.01);
		assertEquals(height, drawn.getSize().getHeight(), 0.01);
		ElementPosition kept = positions(root).get(task.getId()).orElseThrow();
		assertEquals(ElementPosition.pinned(40, 30).withSize(width, height), round(kept));

		// the command and the documents draw it at that size too: the same pipeline reads the layout file
		assertEquals(width, commandsBounds(task.getId()).width(), 0.01);
		assertEquals(height, commandsBounds(task.getId()).height(), 0.01);

		// a move sends the drawn size along: the size stays the user's
		GModelRoot moved = client.edit(change(task.getId(), 90, 10, drawn.getSize().getWidth(), drawn.getSize().getHeight()));
		assertEquals(ElementPosition.pinned(90, 10).withSize(width, height), round(positions(root).get(task.getId()).orElseThrow()));
		assertEquals(width, task(moved, ".CounterAirAttack").getSize().getWidth(), 0.01);
	}

	@Test
	void aMoveAloneKeepsNoSize() {
		GModelRoot root = client.requestModel(plan, "Responsibility");
		GNode task = task(root, ".CounterAirAttack");
		client.edit(change(task.getId(), 40, 30, task.getSize().getWidth(), task.getSize().getHeight()));
		ElementPosition kept = positions(root).get(task.getId()).orElseThrow();
		assertFalse(kept.hasSize(), "a move is not a resize: " + kept);
	}

	@Test
	void theClientMayResizeNodes() {
		client.requestModel(plan, "Responsibility");
		RequestTypeHintsAction request = new RequestTypeHintsAction();
		client.send(request);
		SetTypeHintsAction hints = client.await(SetTypeHintsAction.class);
		assertFalse(hints.getNodeHints().isEmpty());
		assertTrue(hints.getNodeHints().stream().allMatch(h -> h.isResizable()), "every node type is resizable");
	}

	/** The node's bounds as {@code alliance diagram} draws the plan (the pipeline's {@link PlanDiagrams}). */
	private Bounds commandsBounds(String id) throws Exception {
		PlanPipeline pipeline = new PlanPipeline(AllianceDiagramModule.standaloneLanguage());
		CheckedPlans checked = pipeline.check(pipeline.load(List.of(plan)));
		PlanModel model = checked.plans().models().get(0);
		DrawnDiagram drawn = PlanDiagrams.builtIn(w -> {
		}).draw(model, plan, Audience.BOTH.visibility(), checked.rules().active()).stream()
				.filter(d -> d.diagram().descriptionName().equals("Responsibility")).findFirst().orElseThrow();
		return drawn.layout().node(id).orElseThrow();
	}

	private DiagramPositions positions(GModelRoot root) {
		LayoutFiles.ReadResult read = LayoutFiles.read(LayoutFile.pathFor(plan));
		assertFalse(read.unreadable(), read.warnings().toString());
		return read.layout().positions(root.getId());
	}

	private static ChangeBoundsOperation change(String id, double x, double y, double width, double height) {
		ElementAndBounds bounds = new ElementAndBounds();
		bounds.setElementId(id);
		bounds.setNewPosition(GraphUtil.point(x, y));
		bounds.setNewSize(GraphUtil.dimension(width, height));
		return new ChangeBoundsOperation(List.of(bounds));
	}

	private static ElementPosition round(ElementPosition p) {
		return new ElementPosition(r(p.x()), r(p.y()), p.pinned(), r(p.width()), r(p.height()));
	}

	private static double r(double v) {
		return Math.round(v * 100) / 100.0;
	}

	private static GNode task(GModelRoot root, String suffix) {
		return DiagramServerTest.all(root, GNode.class).stream()
				.filter(n -> n.getId().startsWith("Task:") && n.getId().endsWith(suffix)).findFirst().orElseThrow();
	}
}
