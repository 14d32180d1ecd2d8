package org.allianceplanner.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.Task;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

/** Direct edit of a label: the title, or the name (a rename across files). */
class LabelEditTest {

	private final EditFixture fixture = new EditFixture();

	@Test
	void title() {
		Task task = fixture.find(Task.class, "RepelAttack");
		URI file = task.eResource().getURI();
		PlanEdit edit = EditFixture.operation(EditTitle.class).edit(task, "Repel the attack \"early\"");
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(task), null);
		assertEquals("Repel the attack \"early\"", after.find(Task.class, "RepelAttack").getTitle());
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void renameUpdatesEveryReferenceInEveryFile() {
		Party party = fixture.find(Party.class, "JASDF");
		URI catalogue = party.eResource().getURI();
		URI defense = fixture.file("defense-of-japan.alliance");
		URI areas = fixture.file("areas-surrounding-japan.alliance");
		PlanEdit edit = EditFixture.operation(RenameElement.class).rename(party, "AirSelfDefenseForce");
		assertTrue(edit.edits().keySet().containsAll(List.of(catalogue, defense)), edit.edits().keySet().toString());
		EditFixture after = fixture.checkUndoAndParse(edit);
		Pattern oldName = Pattern.compile("\\bJASDF\\b");
		for (URI file : List.of(catalogue, defense, areas)) {
			List<String> before = fixture.text(file).lines().toList();
			List<String> lines = after.text(file).lines().toList();
			assertEquals(before.size(), lines.size(), file.lastSegment());
			for (int i = 0; i < lines.size(); i++) {
				if (!before.get(i).equals(lines.get(i))) {
					// only names change: put the old name back and the line is the old line
					assertEquals(before.get(i), lines.get(i).replaceAll("\\bAirSelfDefenseForce\\b", "JASDF"),
							file.lastSegment() + ":" + (i + 1));
					assertFalse(oldName.matcher(code(lines.get(i))).find(), lines.get(i));
				}
			}
			for (String comment : EditFixture.comments(fixture.resource(file))) {
				assertTrue(after.text(file).contains(comment), comment);
			}
		}
		assertEquals(fixture.find(Task.class, "CounterAirAttack").getAssignments().size(),
				after.find(Task.class, "CounterAirAttack").getAssignments().size());
		assertEquals("AirSelfDefenseForce",
				after.find(Task.class, "CounterAirAttack").getAssignments().get(0).getParty().getName());
		// titles and comments mentioning the old name are the author's words: they stay
		assertTrue(after.text(catalogue).contains("\"Japan Air Self-Defense Force\""));
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void renameToANameInUseIsRefused() {
		Party party = fixture.find(Party.class, "JASDF");
		EditException e = assertThrows(EditException.class,
				() -> EditFixture.operation(RenameElement.class).rename(party, "JMSDF"));
		assertTrue(e.getMessage().contains("JMSDF"), e.getMessage());
	}

	/** The line without its strings and comments. */
	private static String code(String line) {
		return line.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("//.*|/\\*.*?\\*/", "");
	}
}
