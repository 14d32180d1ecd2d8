package org.allianceplanner.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code alliance serve}'s plan texts follow the disk: what another program writes to a plan file, or to a new
 * plan file beside it, is drawn without a reload of the page; the server's own edits are drawn once.
 */
class DiskChangesTest {

	private static final String RESPONSIBILITY = "Responsibility";
	private static final String TITLE = "Operations to counter air attack against Japan";

	@TempDir
	Path folder;

	private Path plan;
	private FilePlanTexts texts;
	private GlspClientSession client;

	@BeforeEach
	void start() throws Exception {
		Examples.copyTo(folder);
		plan = folder.resolve(Examples.DEFENSE_OF_JAPAN);
		texts = FilePlanTexts.watching();
		client = new GlspClientSession(texts, DiagramHost.NONE);
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
		texts.close();
	}

	@Test
	void aChangeWrittenByAnotherProgramIsDrawn() {
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		assertTrue(drawn(root, TITLE), "the example's title is drawn");
		Examples.write(plan, Examples.read(plan).replace(TITLE, "Counter air attack, as changed in another editor"));
		GModelRoot after = client.await(UpdateModelAction.class).getNewRoot();
		assertTrue(drawn(after, "Counter air attack, as changed in another editor"), "labels " + labels(after));
	}

	@Test
	void theServersOwnEditIsDrawnOnceAndLaterChangesStillArrive() {
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		String label = labelId(root, TITLE);
		GModelRoot edited = client.edit(new ApplyLabelEditOperation(label, "Counter the air attack"));
		assertTrue(drawn(edited, "Counter the air attack"));
		Examples.write(plan, Examples.read(plan).replace("\"Counter the air attack\"", "\"Changed again on disk\""));
		// the next update is the disk's change: the watch did not redraw the server's own write a second time
		GModelRoot next = client.await(UpdateModelAction.class).getNewRoot();
		assertTrue(drawn(next, "Changed again on disk"), "labels " + labels(next));
	}

	@Test
	void aNewPlanFileBesideThePlanIsSeen() {
		GModelRoot root = client.requestModel(plan, RESPONSIBILITY);
		Examples.write(folder.resolve("neighbour.alliance"), "// a neighbour written while the diagram was open\n");
		GModelRoot after = client.await(UpdateModelAction.class).getNewRoot();
		assertEquals(labels(root), labels(after), "an empty neighbour changes nothing drawn, but the diagram was redrawn");
	}

	private static boolean drawn(GModelElement root, String text) {
		return labels(root).stream().anyMatch(l -> l.contains(text));
	}

	private static List<String> labels(GModelElement element) {
		List<String> texts = new ArrayList<>();
		collect(element, texts, null);
		return texts;
	}

	private static String labelId(GModelElement root, String text) {
		List<String> ids = new ArrayList<>();
		collect(root, new ArrayList<>(), l -> {
			if (l.getText().contains(text)) {
				ids.add(l.getId());
			}
		});
		assertEquals(1, ids.size(), "one label reads " + text);
		return ids.get(0);
	}

	private static void collect(GModelElement element, List<String> texts, java.util.function.Consumer<GLabel> each) {
		if (element instanceof GLabel label) {
			texts.add(label.getText());
			if (each != null) {
				each.accept(label);
			}
		}
		element.getChildren().forEach(child -> collect(child, texts, each));
	}
}
