package org.allianceplanner.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.IntelligenceProduct;
import org.allianceplanner.model.plan.LiaisonOfficer;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PlanPackage;
import org.allianceplanner.model.plan.Task;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** Reconnecting an end of an edge. */
class ReconnectTest {

	private final EditFixture fixture = new EditFixture();

	@Test
	void sharedWithToAnotherPartyKeepsItsPlace() {
		IntelligenceProduct product = fixture.find(IntelligenceProduct.class, "MissileLaunchWarning");
		URI file = product.eResource().getURI();
		PlanEdit edit = EditFixture.operation(ReconnectEdge.class).reconnect(
				new ReferenceEdge(product, PlanPackage.Literals.INTELLIGENCE_PRODUCT__SHARED_WITH,
						fixture.find(Party.class, "JASDF")),
				null, fixture.find(Party.class, "FifthAirForce"));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(product), null);
		assertEquals(List.of("FifthAirForce", "JointStaff"), after.find(IntelligenceProduct.class, "MissileLaunchWarning")
				.getSharedWith().stream().map(Party::getName).toList());
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void sharedWithFromAnotherProduct() {
		IntelligenceProduct product = fixture.find(IntelligenceProduct.class, "MissileLaunchWarning");
		IntelligenceProduct other = fixture.find(IntelligenceProduct.class, "MineInformation");
		URI file = product.eResource().getURI();
		int[] both = { EditFixture.region(product)[0], EditFixture.region(other)[1] };
		PlanEdit edit = EditFixture.operation(ReconnectEdge.class).reconnect(
				new ReferenceEdge(product, PlanPackage.Literals.INTELLIGENCE_PRODUCT__SHARED_WITH,
						fixture.find(Party.class, "JointStaff")),
				other, null);
		EditFixture after = fixture.checkConfined(edit, file, both, null);
		assertEquals(List.of("SeventhFleet", "JointStaff"), after.find(IntelligenceProduct.class, "MineInformation")
				.getSharedWith().stream().map(Party::getName).toList());
	}

	@Test
	void roleAssignmentToAnotherParty() {
		Task task = fixture.find(Task.class, "CounterAirAttack");
		Assignment support = task.getAssignments().get(1);
		URI file = task.eResource().getURI();
		PlanEdit edit = EditFixture.operation(ReconnectEdge.class).reconnect(support,
				fixture.find(Party.class, "SeventhFleet"), null);
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(support), null);
		assertEquals("SeventhFleet", after.find(Task.class, "CounterAirAttack").getAssignments().get(1).getParty().getName());
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void roleAssignmentToAnotherTask() {
		Task from = fixture.find(Task.class, "CounterAirAttack");
		Task to = fixture.find(Task.class, "RepelAttack");
		Assignment supplement = from.getAssignments().get(2);
		URI file = from.eResource().getURI();
		int[] both = { EditFixture.region(to)[0], EditFixture.region(from)[1] };
		PlanEdit edit = EditFixture.operation(ReconnectEdge.class).reconnect(supplement, null, to);
		EditFixture after = fixture.checkConfined(edit, file, both, null);
		assertEquals(2, after.find(Task.class, "CounterAirAttack").getAssignments().size());
		Assignment moved = after.find(Task.class, "RepelAttack").getAssignments().get(2);
		assertEquals("FifthAirForce", moved.getParty().getName());
		assertEquals(1, moved.getContributions().size());
	}

	@Test
	void liaisonOfficerToAnotherParty() {
		LiaisonOfficer officer = fixture.find(LiaisonOfficer.class, "SdfLiaisonAtUsfj");
		URI file = officer.eResource().getURI();
		PlanEdit edit = EditFixture.operation(ReconnectEdge.class).reconnect(officer, null,
				fixture.find(Party.class, "SeventhFleet"));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(officer), null);
		assertEquals("SeventhFleet", after.find(LiaisonOfficer.class, "SdfLiaisonAtUsfj").getTo().getName());
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void anEndOfTheWrongKindIsRefused() {
		IntelligenceProduct product = fixture.find(IntelligenceProduct.class, "MissileLaunchWarning");
		EObject task = fixture.find(Task.class, "RepelAttack");
		assertThrows(EditException.class, () -> EditFixture.operation(ReconnectEdge.class).reconnect(
				new ReferenceEdge(product, PlanPackage.Literals.INTELLIGENCE_PRODUCT__SHARED_WITH,
						fixture.find(Party.class, "JASDF")),
				null, task));
	}
}
