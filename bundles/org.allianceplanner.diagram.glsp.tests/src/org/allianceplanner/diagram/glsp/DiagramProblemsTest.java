package org.allianceplanner.diagram.glsp;

import static org.allianceplanner.diagram.glsp.DiagramServerTest.all;
import static org.allianceplanner.diagram.glsp.DiagramServerTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.glsp.graph.GIssueMarker;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The problems the Problems view shows for a plan file, as GLSP issue markers in the models the server sends: each
 * on the innermost drawn element whose text contains it, else on the root; language errors included. A new request
 * of the same session stands for the refresh a text change causes.
 */
class DiagramProblemsTest {

	private static final String PLAN = "jpus.japandefense.DefenseOfJapan";
	private static final String COUNTER_AIR = "Task:" + PLAN + ".CounterAirAttack";
	private static final String RESPONSIBILITY = "Responsibility";

	@TempDir
	Path folder;

	private Path plan;
	private String original;
	private GlspClientSession client;
	private final AtomicInteger undos = new AtomicInteger();
	private final AtomicInteger redos = new AtomicInteger();

	@BeforeEach
	void start() throws Exception {
		Examples.copyTo(folder);
		plan = folder.resolve(Examples.DEFENSE_OF_JAPAN);
		original = Examples.read(plan);
		client = new GlspClientSession(new FilePlanTexts(), new DiagramHost() {
			@Override
			public boolean undo() {
				undos.incrementAndGet();
				return true;
			}

			@Override
			public boolean redo() {
				redos.incrementAndGet();
				return true;
			}
		});
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
	}

	@Test
	void theExampleHasNoErrorMarkers() {
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		assertTrue(issues(root).stream().noneMatch(i -> i.contains(" error ")), "issues " + issues(root));
	}

	@Test
	void anUnresolvedReferenceIsAnErrorOnTheTaskThatMakesIt() {
		// readiness stages are not drawn in this diagram: the innermost drawn element is the task
		Examples.write(plan, change("\t\tduring DefenseOperations\n", "\t\tduring DefenseOperationz\n"));
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		assertTrue(issues(root).stream().anyMatch(i -> i.startsWith(COUNTER_AIR + " error ") && i.contains("DefenseOperationz")
				&& i.contains("(line 137)")), "issues " + issues(root));
	}

	@Test
	void anUnresolvedPartyOfARoleIsAnErrorOnTheRolesEdge() {
		Examples.write(plan, change("\t\tJASDF primary responsibility\n", "\t\tJASDFF primary responsibility\n"));
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		assertTrue(issues(root).stream().anyMatch(i -> i.startsWith("Role:" + PLAN + ".CounterAirAttack") && i.contains(" error ")
				&& i.contains("JASDFF") && i.contains("(line 133)")), "issues " + issues(root));
	}

	@Test
	void aSyntaxErrorInATaskIsAnErrorOnThatTask() {
		Examples.write(plan, change("\t\tunder SDFLaw\n", "\t\tunder SDFLaw ,,\n"));
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		assertTrue(ids(root, GNode.class).contains(COUNTER_AIR), "the task is still drawn");
		assertTrue(issues(root).stream().anyMatch(i -> i.startsWith(COUNTER_AIR + " error ") && i.contains("(line 139)")),
				"issues " + issues(root));
	}

	@Test
	void aRuleFindingIsOnTheInnermostElementItIsIn() {
		Examples.write(plan, change("\t\tJASDF primary responsibility\n\t\tFifthAirForce support\n",
				"\t\tFifthAirForce primary responsibility\n\t\tJASDF support\n"));
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		// the U.S. party's primary role in an air defense task: on its role edge, inside the task
		assertTrue(issues(root).stream().anyMatch(i -> i.startsWith("Role:" + PLAN + ".CounterAirAttack")
				&& i.contains(" error ROLE-AIR-DEFENSE: FifthAirForce")), "issues " + issues(root));
		SetMarkersAction markers = client.requestMarkers(List.of(root.getId()));
		assertTrue(markers.getMarkers().stream().anyMatch(m -> m.getElementId().startsWith("Role:" + PLAN + ".CounterAirAttack")
				&& "error".equals(m.getType()) && m.getDescription().startsWith("ROLE-AIR-DEFENSE: ")),
				"markers " + markers.getMarkers().stream().map(m -> m.getElementId() + " " + m.getDescription()).toList());
	}

	@Test
	void glspsLiveValidationAddsNothingToTheMarkersTheModelCarries() {
		Examples.write(plan, change("\t\tJASDF primary responsibility\n\t\tFifthAirForce support\n",
				"\t\tFifthAirForce primary responsibility\n\t\tJASDF support\n"));
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		assertTrue(issues(root).stream().anyMatch(i -> i.contains(" error ROLE-AIR-DEFENSE")), "issues " + issues(root));
		SetMarkersAction live = (SetMarkersAction) client.await(a -> a instanceof SetMarkersAction m && "live".equals(m.getReason()),
				"GLSP's live validation");
		assertEquals(List.of(), live.getMarkers(), "the client would add each issue to the element's marker a second time");
	}

	@Test
	void aProblemOutsideEveryDrawnElementIsOnTheRoot() {
		Examples.write(plan, change("import jpus.catalogue.*\n", "import jpus.catalogue.*\nimport jpus.nowhere.*\n"));
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		assertTrue(issues(root).stream().anyMatch(i -> i.startsWith(root.getId() + " ") && i.contains("(line 9)")),
				"issues " + issues(root));
	}

	@Test
	void fixingTheTextTakesTheMarkerAway() {
		Examples.write(plan, change("\t\tJASDF primary responsibility\n", "\t\tJASDFF primary responsibility\n"));
		GModelRoot broken = client.requestModel(plan, RESPONSIBILITY);
		assertTrue(issues(broken).stream().anyMatch(i -> i.contains(" error ") && i.contains("JASDFF")), "issues " + issues(broken));
		Examples.write(plan, original);
		GModelRoot fixed = client.requestModel(plan, RESPONSIBILITY);
		assertTrue(issues(fixed).stream().noneMatch(i -> i.contains(" error ")), "issues " + issues(fixed));
	}

	@Test
	void aTextThatDoesNotParseKeepsTheLastDrawingWithItsErrorsOnTheRoot() {
		GModelRoot good = client.requestModel(plan, RESPONSIBILITY);
		Examples.write(plan, "this is not a plan {\n");
		GModelRoot broken = client.requestModel(plan, RESPONSIBILITY);
		assertEquals(ids(good, GNode.class), ids(broken, GNode.class), "the last drawing stays");
		List<String> issues = issues(broken);
		assertTrue(issues.stream().anyMatch(i -> i.startsWith(broken.getId() + " warning The plan text does not parse")),
				"issues " + issues);
		assertTrue(issues.stream().anyMatch(i -> i.startsWith(broken.getId() + " error ") && i.contains("(line 1)")),
				"issues " + issues);
		assertTrue(issues.stream().allMatch(i -> i.startsWith(broken.getId() + " ")), "only the root has markers: " + issues);
		Examples.write(plan, original);
		GModelRoot again = client.requestModel(plan, RESPONSIBILITY);
		assertTrue(issues(again).stream().noneMatch(i -> i.contains("does not parse")), "issues " + issues(again));
	}

	@Test
	void undoAndRedoGoToTheHostOnceEach() {
		client.requestModel(plan, RESPONSIBILITY);
		client.send(new UndoAction());
		client.send(new RedoAction());
		client.requestModel(plan, RESPONSIBILITY); // after the actions above, handled in order
		assertEquals(1, undos.get(), "one undo");
		assertEquals(1, redos.get(), "one redo");
	}

	private String change(String from, String to) {
		String changed = original.replace(from, to);
		assertNotEquals(original, changed, "the example has " + from.trim());
		return changed;
	}

	/** "element-id severity message" of every issue of the model. */
	private static List<String> issues(GModelRoot root) {
		List<String> issues = new ArrayList<>();
		for (GIssueMarker marker : all(root, GIssueMarker.class)) {
			marker.getIssues().forEach(i -> issues.add(marker.getParent().getId() + " " + i.getSeverity() + " " + i.getMessage()));
		}
		return issues;
	}
}
