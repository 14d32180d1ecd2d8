package org.allianceplanner.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceplanner.diagram.edit.EditTitle;
import org.allianceplanner.diagram.edit.PlanEdit;
import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.pipeline.LoadedPlans;
import org.allianceplanner.pipeline.PlanPipeline;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan texts on disk: strict UTF-8, atomic writes, and no write over a file that changed since it was read. */
class FilePlanTextsTest {

	@TempDir
	Path folder;

	private final FilePlanTexts texts = new FilePlanTexts();

	@Test
	void appliesAnEditAndTellsTheListeners() throws Exception {
		Path plan = Examples.copyTo(folder).resolve(Examples.DEFENSE_OF_JAPAN);
		URI uri = URI.createFileURI(plan.toString());
		String before = texts.read(uri);
		PlanEdit edit = retitle(plan, "CounterAirAttack", "Counter the air attack");
		List<URI> changed = new ArrayList<>();
		try (AutoCloseable listening = texts.onChange(changed::add)) {
			texts.apply(edit, Map.of(uri, before));
		}
		assertEquals(edit.apply(uri, before), Files.readString(plan));
		assertEquals(List.of(uri), changed);
		try (var files = Files.list(folder)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
		}
	}

	@Test
	void refusesWhenTheFileChangedSinceItWasRead() throws Exception {
		Path plan = Examples.copyTo(folder).resolve(Examples.DEFENSE_OF_JAPAN);
		URI uri = URI.createFileURI(plan.toString());
		String read = texts.read(uri);
		PlanEdit edit = retitle(plan, "CounterAirAttack", "Counter the air attack");
		String theirs = read.replace("Operations to counter air attack against Japan", "Changed by someone else");
		Files.writeString(plan, theirs);
		PlanTextException refused = assertThrows(PlanTextException.class, () -> texts.apply(edit, Map.of(uri, read)));
		assertTrue(refused.getMessage().startsWith(plan.toString()), refused.getMessage());
		assertEquals(theirs, Files.readString(plan));
	}

	@Test
	void keepsTheByteOrderMark() throws Exception {
		Path plan = Examples.copyTo(folder).resolve(Examples.DEFENSE_OF_JAPAN);
		URI uri = URI.createFileURI(plan.toString());
		String text = Files.readString(plan);
		Files.writeString(plan, "\uFEFF" + text);
		assertEquals(text, texts.read(uri), "the mark is not part of the text");
		PlanEdit edit = retitle(plan, "CounterAirAttack", "Counter the air attack");
		texts.apply(edit, Map.of(uri, text));
		assertTrue(Files.readString(plan).startsWith("\uFEFF"));
	}

	@Test
	void aFileThatIsNotUtf8IsNotRead() throws Exception {
		Path plan = folder.resolve("latin1.alliance");
		Files.write(plan, new byte[] { 'p', 'a', 'c', 'k', (byte) 0xE9 });
		PlanTextException e = assertThrows(PlanTextException.class, () -> texts.read(URI.createFileURI(plan.toString())));
		assertTrue(e.getMessage().startsWith(plan.toString()) && e.getMessage().contains("UTF-8"), e.getMessage());
	}

	private static PlanEdit retitle(Path plan, String task, String title) throws Exception {
		PlanPipeline pipeline = new PlanPipeline(AllianceDiagramModule.standaloneLanguage());
		LoadedPlans loaded = pipeline.load(List.of(plan));
		pipeline.check(loaded);
		for (var it = loaded.resources().get(0).getAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof PlanElement element && task.equals(o.eGet(o.eClass().getEStructuralFeature("name")))) {
				return AllianceDiagramModule.standaloneLanguage().getInstance(EditTitle.class).edit(element, title);
			}
		}
		throw new AssertionError("no " + task);
	}
}
