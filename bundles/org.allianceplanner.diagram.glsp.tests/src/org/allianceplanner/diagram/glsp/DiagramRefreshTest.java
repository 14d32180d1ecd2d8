package org.allianceplanner.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.glsp.graph.GBoundsAware;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GIssueMarker;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session keeps the parsed plans between model requests and parses again only what changed. Each test changes
 * the files behind a session that has drawn the diagram already, asks again, and compares with what a new
 * session draws from the same files: a change of a neighbour must be seen, a deleted file must disappear, a
 * refused edit must leave nothing behind.
 */
class DiagramRefreshTest {

	private static final String RESPONSIBILITY = "Responsibility";
	private static final String OLD_PARTY = "Japan Air Self-Defense Force";
	private static final String NEW_PARTY = "Air Self-Defense Force of Japan";

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
		assertTrue(texts(client.requestModel(plan, RESPONSIBILITY)).contains(OLD_PARTY), "the party is drawn at first");
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
	}

	@Test
	void aNeighboursChangeIsSeen() throws Exception {
		Examples.write(catalogue, Examples.read(catalogue).replace("\"" + OLD_PARTY + "\"", "\"" + NEW_PARTY + "\""));
		List<String> again = drawing(client.requestModel(plan, RESPONSIBILITY));
		assertTrue(String.join("\n", again).contains(NEW_PARTY), "the neighbour's new title is drawn");
		assertFalse(String.join("\n", again).contains(OLD_PARTY), "the old title is gone");
		assertEquals(fresh(), again);
	}

	@Test
	void theDiagramsOwnFileChangedOnDiskIsSeen() throws Exception {
		String text = Examples.read(plan);
		String title = "Operations to counter air attack against Japan";
		assertTrue(text.contains(title));
		Examples.write(plan, text.replace(title, "Counter air attack, edited on disk"));
		List<String> again = drawing(client.requestModel(plan, RESPONSIBILITY));
		assertTrue(String.join("\n", again).contains("edited on disk"));
		assertEquals(fresh(), again);
	}

	@Test
	void aDeletedNeighbourDisappears() throws Exception {
		Files.delete(catalogue);
		List<String> again = drawing(client.requestModel(plan, RESPONSIBILITY));
		assertFalse(String.join("\n", again).contains(OLD_PARTY), "nothing of the deleted file is drawn");
		assertEquals(fresh(), again);
	}

	@Test
	void aNewNeighbourIsSeen() throws Exception {
		String declarations = Examples.read(catalogue);
		Files.delete(catalogue);
		client.requestModel(plan, RESPONSIBILITY);
		Examples.write(folder.resolve("catalogue-again.alliance"), declarations.replace("\"" + OLD_PARTY + "\"", "\"" + NEW_PARTY + "\""));
		List<String> again = drawing(client.requestModel(plan, RESPONSIBILITY));
		assertTrue(String.join("\n", again).contains(NEW_PARTY), "the new file's party is drawn");
		assertEquals(fresh(), again);
	}

	@Test
	void anEditRefusedBecauseTheFileChangedLeavesNothingBehind() throws Exception {
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		String task = root.getChildren().stream().filter(c -> c instanceof GNode && c.getId().endsWith(".CounterAirAttack"))
				.findFirst().orElseThrow().getId();
		Examples.write(plan, Examples.read(plan) + "\n// changed on disk meanwhile\n");
		client.send(new ApplyLabelEditOperation(task + DiagramTypes.LABEL_SUFFIX, "Refused title"));
		client.await(MessageAction.class); // the refusal
		List<String> again = drawing(client.requestModel(plan, RESPONSIBILITY));
		assertFalse(String.join("\n", again).contains("Refused title"), "the refused edit's change of the model is gone");
		assertEquals(fresh(), again);
	}

	@Test
	void anEditRefusedWithoutAnyChangeOnDiskLeavesNothingBehind() throws Exception {
		// texts that refuse every edit (as a read-only folder would): the edit operation has changed the model in
		// memory by then, and no file changed that would make the session parse it again
		PlanTexts readOnly = new PlanTexts() {
			private final FilePlanTexts files = new FilePlanTexts();

			@Override
			public String read(org.eclipse.emf.common.util.URI file) {
				return files.read(file);
			}

			@Override
			public void apply(org.allianceplanner.diagram.edit.PlanEdit edit, java.util.Map<org.eclipse.emf.common.util.URI, String> basis) {
				throw new PlanTextException("read-only");
			}

			@Override
			public AutoCloseable onChange(java.util.function.Consumer<org.eclipse.emf.common.util.URI> listener) {
				return files.onChange(listener);
			}
		};
		try (GlspClientSession session = new GlspClientSession(readOnly, DiagramHost.NONE)) {
			GModelRoot root = session.requestModel(plan, RESPONSIBILITY);
			String task = root.getChildren().stream().filter(c -> c instanceof GNode && c.getId().endsWith(".CounterAirAttack"))
					.findFirst().orElseThrow().getId();
			session.send(new ApplyLabelEditOperation(task + DiagramTypes.LABEL_SUFFIX, "Refused title"));
			session.await(MessageAction.class); // the refusal
			List<String> again = drawing(session.requestModel(plan, RESPONSIBILITY));
			assertFalse(String.join("\n", again).contains("Refused title"), "the refused edit's change of the model is gone");
			assertEquals(fresh(), again);
		}
	}

	@Test
	void aSecondSessionDrawsTheSame() throws Exception {
		assertEquals(drawing(client.requestModel(plan, RESPONSIBILITY)), fresh());
	}

	/** What a new session draws from the files as they are now. */
	private List<String> fresh() throws Exception {
		try (GlspClientSession other = new GlspClientSession(new FilePlanTexts(), DiagramHost.NONE)) {
			return drawing(other.requestModel(plan, RESPONSIBILITY));
		}
	}

	/** Every element of the model: id, type, text, bounds, ends, issues; in model order. */
	private static List<String> drawing(GModelRoot root) {
		List<String> lines = new ArrayList<>();
		describe(root, lines);
		return lines;
	}

	private static void describe(GModelElement element, List<String> lines) {
		StringBuilder line = new StringBuilder(element.getId()).append(' ').append(element.getType());
		if (element instanceof GLabel label) {
			line.append(" text=").append(label.getText());
		}
		if (element instanceof GBoundsAware bounds && bounds.getPosition() != null && bounds.getSize() != null) {
			line.append(String.format(Locale.ROOT, " at %.1f,%.1f size %.1fx%.1f", bounds.getPosition().getX(),
					bounds.getPosition().getY(), bounds.getSize().getWidth(), bounds.getSize().getHeight()));
		}
		if (element instanceof GEdge edge) {
			line.append(" from ").append(edge.getSourceId()).append(" to ").append(edge.getTargetId())
					.append(" via ").append(edge.getRoutingPoints().size());
		}
		if (element instanceof GIssueMarker marker) {
			marker.getIssues().forEach(i -> line.append(" issue=").append(i.getSeverity()).append(':').append(i.getMessage()));
		}
		line.append(' ').append(new java.util.TreeMap<String, Object>(element.getArgs().map()));
		lines.add(line.toString());
		for (GModelElement child : element.getChildren()) {
			describe(child, lines);
		}
	}

	private static String texts(GModelRoot root) {
		return String.join("\n", drawing(root));
	}
}
