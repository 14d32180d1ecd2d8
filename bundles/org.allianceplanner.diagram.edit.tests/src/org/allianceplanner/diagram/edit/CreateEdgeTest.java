package org.allianceplanner.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.IntelligenceProduct;
import org.allianceplanner.model.plan.LiaisonOfficer;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.Task;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

/** The edge tools: role assignment, shared with, liaison officer, within and near. */
class CreateEdgeTest {

	private final EditFixture fixture = new EditFixture();

	@Test
	void roleAssignmentFromPartyToTask() {
		Task task = fixture.find(Task.class, "RepelAttack");
		URI file = task.eResource().getURI();
		PlanEdit edit = EditFixture.operation(CreateAssignment.class).create(fixture.find(Party.class, "NPA"), task,
				RoleKind.COOPERATION);
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(task), null);
		Assignment last = after.find(Task.class, "RepelAttack").getAssignments().get(2);
		assertEquals("NPA", last.getParty().getName());
		assertEquals(RoleKind.COOPERATION, last.getRole());
		// after the last assignment's line, whose comment stays on it
		assertTrue(after.text(file).contains("\t\tUSFJ support // test copy: comment after the last assignment\n"
				+ "\t\tNPA cooperation\n"), after.text(file));
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void sharedWithFromProductToParty() {
		IntelligenceProduct product = fixture.find(IntelligenceProduct.class, "MissileLaunchWarning");
		URI file = product.eResource().getURI();
		PlanEdit edit = EditFixture.operation(CreateSharedWith.class).create(product,
				fixture.find(Party.class, "SeventhFleet"));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(product), null);
		assertEquals(List.of("JASDF", "JointStaff", "SeventhFleet"), after
				.find(IntelligenceProduct.class, "MissileLaunchWarning").getSharedWith().stream().map(Party::getName).toList());
		assertTrue(after.errors().isEmpty(), after.errors().toString());
		assertThrows(EditException.class, () -> EditFixture.operation(CreateSharedWith.class).create(product,
				fixture.find(Party.class, "JASDF")));
	}

	@Test
	void liaisonOfficerFromPartyToParty() {
		BilateralCoordinationMechanism mechanism = fixture.find(BilateralCoordinationMechanism.class,
				"CoordinationMechanism");
		URI file = mechanism.eResource().getURI();
		PlanEdit edit = EditFixture.operation(CreateLiaisonOfficer.class).create(mechanism, null,
				fixture.find(Party.class, "MOD"), fixture.find(Party.class, "USEmbassy"));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(mechanism), null);
		LiaisonOfficer officer = after.find(LiaisonOfficer.class, "MODToUSEmbassyLiaison");
		assertEquals("MOD", officer.getFrom().getName());
		assertEquals("USEmbassy", officer.getTo().getName());
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void withinBetweenAreas() {
		Area area = fixture.find(Area.class, "NearWesternOperationalArea");
		URI file = area.eResource().getURI();
		PlanEdit edit = EditFixture.operation(CreateAreaRelation.class).within(area,
				fixture.find(Area.class, "WesternOperationalArea"));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(area), null);
		assertEquals("WesternOperationalArea", after.find(Area.class, "NearWesternOperationalArea").getWithin().getName());
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void nearBetweenAreas() {
		Area area = fixture.find(Area.class, "AffectedArea");
		URI file = area.eResource().getURI();
		PlanEdit edit = EditFixture.operation(CreateAreaRelation.class).near(area,
				fixture.find(Area.class, "WesternOperationalArea"));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(area), null);
		assertEquals("WesternOperationalArea",
				after.find(Area.class, "AffectedArea").getAdjacentTo().get(0).getName());
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}
}
