package org.allianceplanner.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.IntelligenceProduct;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PlanPackage;
import org.allianceplanner.model.plan.Task;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

/** Deleting nodes and edges. */
class DeleteTest {

	private final EditFixture fixture = new EditFixture();

	@Test
	void taskWithTheCommentsInsideIt() {
		Task task = fixture.find(Task.class, "RepelAttack");
		URI file = task.eResource().getURI();
		int[] region = EditFixture.region(task);
		PlanEdit edit = EditFixture.operation(DeleteElement.class).delete(task);
		String text = fixture.text(file);
		// the comment just before the task is not the task's: it stays
		int[] around = { text.lastIndexOf('\n', region[0] - 1), region[1] + 1 };
		EditFixture after = fixture.checkConfined(edit, file, around, region);
		assertTrue(after.text(file).contains("// test copy: comment just before a task"));
		assertFalse(after.text(file).contains("RepelAttack"));
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void roleAssignmentEdgeKeepsTheCommentsAroundIt() {
		Task task = fixture.find(Task.class, "CounterAirAttack");
		Assignment support = task.getAssignments().get(1);
		URI file = task.eResource().getURI();
		PlanEdit edit = EditFixture.operation(DeleteElement.class).delete(support);
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(task), null);
		assertEquals(2, after.find(Task.class, "CounterAirAttack").getAssignments().size());
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void sharedWithEdge() {
		IntelligenceProduct product = fixture.find(IntelligenceProduct.class, "MissileLaunchWarning");
		URI file = product.eResource().getURI();
		PlanEdit edit = EditFixture.operation(DeleteEdge.class).delete(new ReferenceEdge(product,
				PlanPackage.Literals.INTELLIGENCE_PRODUCT__SHARED_WITH, fixture.find(Party.class, "JointStaff")));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(product), null);
		assertEquals(List.of("JASDF"), after.find(IntelligenceProduct.class, "MissileLaunchWarning").getSharedWith()
				.stream().map(Party::getName).toList());
		assertTrue(after.text(file).contains("\tshared with JASDF /* test copy: comment after shared with */\n"));
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void withinEdgeTakesItsKeywordAlong() {
		Area strait = fixture.find(Area.class, "TsugaruStrait");
		URI file = strait.eResource().getURI();
		PlanEdit edit = EditFixture.operation(DeleteEdge.class).delete(new ReferenceEdge(strait,
				PlanPackage.Literals.AREA__WITHIN, fixture.find(Area.class, "JapaneseTerritoryArea")));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(strait), null);
		assertTrue(after.text(file).contains("area TsugaruStrait \"Tsugaru Strait\": Japanese territory\n"));
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void aRequiredEndCannotBeDeletedAsAnEdge() {
		Assignment assignment = fixture.find(Task.class, "CounterAirAttack").getAssignments().get(0);
		assertThrows(EditException.class, () -> EditFixture.operation(DeleteEdge.class).delete(new ReferenceEdge(
				assignment, PlanPackage.Literals.ASSIGNMENT__PARTY, assignment.getParty())));
	}

	@Test
	void partyUsedInOtherFilesTakesItsReferencesAndAssignmentsAlong() {
		Party party = fixture.find(Party.class, "MLIT");
		PlanEdit edit = EditFixture.operation(DeleteElement.class).delete(party);
		assertTrue(edit.edits().size() > 1, "references in the plans: " + edit.edits().keySet());
		EditFixture after = fixture.checkUndoAndParse(edit);
		for (var resource : after.resourceSet().getResources()) {
			assertFalse(after.text(resource.getURI()).matches("(?s).*\\bMLIT\\b.*"), resource.getURI().lastSegment());
		}
		// no reference is left dangling
		assertTrue(after.errors().stream().noneMatch(i -> i.getMessage().contains("MLIT")), after.errors().toString());
	}
}
