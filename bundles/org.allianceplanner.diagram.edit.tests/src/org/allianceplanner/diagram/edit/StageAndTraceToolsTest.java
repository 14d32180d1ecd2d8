package org.allianceplanner.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.CoordinationCommittee;
import org.allianceplanner.model.plan.Mechanism;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanPackage;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.Task;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/**
 * The tools of the Readiness stages, Coordination mechanism and Traceability diagrams: a readiness stage, a
 * coordination committee, and the generic reference edge ({@code activates}, {@code implements}), with its
 * delete and reconnect.
 */
class StageAndTraceToolsTest {

	private final EditFixture fixture = new EditFixture();

	@Test
	void readinessStageGoesAfterThePlansStagesOneLevelUp() {
		Plan plan = fixture.find(Plan.class, "DefenseOfJapan");
		ReadinessStage last = fixture.find(ReadinessStage.class, "DefenseOperations");
		URI file = plan.eResource().getURI();
		PlanEdit edit = EditFixture.operation(CreateReadinessStage.class).create(plan, null, null,
				SituationKind.ARMED_ATTACK);
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(plan), null);
		ReadinessStage created = after.find(ReadinessStage.class, "ReadinessStage");
		assertEquals(4, created.getLevel());
		assertEquals(SituationKind.ARMED_ATTACK, created.getSituation());
		Plan reloaded = (Plan) created.eContainer();
		assertEquals(List.of("Vigilance", "Preparation", "DefenseOperations", "ReadinessStage"),
				reloaded.getReadinessStages().stream().map(ReadinessStage::getName).toList());
		assertTrue(after.text(file).contains("\n\treadiness stage ReadinessStage level 4 when armed attack\n"),
				after.text(file));
		// written right after the last stage's closing brace
		assertTrue(EditFixture.region(last)[1] <= edit.edits().get(file).get(0).offset());
		// a new stage lacks its standards and concurrences (reported on it): no other error
		assertTrue(after.errorsOutside(file, edit.edits().get(file).get(0)).isEmpty(), after.errors().toString());
	}

	@Test
	void aSecondNewStageGetsANewNameAndTheNextLevel() {
		Plan plan = fixture.find(Plan.class, "DefenseOfJapan");
		URI file = plan.eResource().getURI();
		EditFixture once = fixture.checkConfined(
				EditFixture.operation(CreateReadinessStage.class).create(plan, null, "First", null), file,
				EditFixture.region(plan), null);
		Plan again = once.find(Plan.class, "DefenseOfJapan");
		PlanEdit edit = EditFixture.operation(CreateReadinessStage.class).create(again, null, "Second", null);
		EditFixture twice = once.checkConfined(edit, file, EditFixture.region(again), null);
		ReadinessStage second = twice.find(ReadinessStage.class, "ReadinessStage2");
		assertEquals("Second", second.getTitle());
		assertEquals(5, second.getLevel());
	}

	@Test
	void coordinationCommitteeGoesAfterTheMechanismsCommittees() {
		BilateralCoordinationMechanism mechanism = fixture.find(BilateralCoordinationMechanism.class,
				"CoordinationMechanism");
		URI file = mechanism.eResource().getURI();
		PlanEdit edit = EditFixture.operation(CreateCoordinationCommittee.class).create(mechanism, null,
				"Logistics coordination committee");
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(mechanism), null);
		CoordinationCommittee created = after.find(CoordinationCommittee.class, "CoordinationCommittee");
		assertEquals(List.of("PolicyCommittee", "OperationsCommittee", "CoordinationCommittee"),
				((BilateralCoordinationMechanism) created.eContainer()).getCommittees().stream()
						.map(CoordinationCommittee::getName).toList());
		assertTrue(after.text(file).contains("\n\tcoordination committee CoordinationCommittee "
				+ "\"Logistics coordination committee\"\n"), after.text(file));
		assertTrue(after.errorsOutside(file, edit.edits().get(file).get(0)).isEmpty(), after.errors().toString());
	}

	@Test
	void activatesFromAStageToAMechanism() {
		ReadinessStage stage = fixture.find(ReadinessStage.class, "Preparation");
		URI file = stage.eResource().getURI();
		Mechanism mechanism = fixture.find(BilateralCoordinationMechanism.class, "CoordinationMechanism");
		PlanEdit edit = EditFixture.operation(CreateReferenceEdge.class)
				.create(new ReferenceEdge(stage, PlanPackage.Literals.READINESS_STAGE__ACTIVATES, mechanism));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(stage), null);
		assertEquals(List.of("CoordinationMechanism"), after.find(ReadinessStage.class, "Preparation").getActivates()
				.stream().map(Mechanism::getName).toList());
		assertTrue(block(after.text(file), "readiness stage Preparation ").contains("activates CoordinationMechanism"),
				after.text(file));
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void implementsFromATaskToAClause() {
		Task task = fixture.find(Task.class, "RepelAttack");
		URI file = task.eResource().getURI();
		PlanEdit edit = EditFixture.operation(CreateReferenceEdge.class).create(
				new ReferenceEdge(task, PlanPackage.Literals.PLAN_ELEMENT__IMPLEMENTS, clause(task, "IV.2(1)c")));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(task), null);
		assertEquals(List.of("IV.2(1)a", "IV.2(1)b", "IV.2(1)c"), after.find(Task.class, "RepelAttack")
				.getImplements().stream().map(GuidelinesElement::getName).toList());
		assertTrue(after.text(file).contains("\t\timplements IV.2(1)a, IV.2(1)b, IV.2(1)c\n"), after.text(file));
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void theFirstImplementsOfAnElementWritesItsKeyword() {
		Party party = fixture.find(Party.class, "NPA");
		URI file = party.eResource().getURI();
		assertTrue(party.getImplements().isEmpty(), "the test needs an element that implements nothing yet");
		PlanEdit edit = EditFixture.operation(CreateReferenceEdge.class).create(new ReferenceEdge(party,
				PlanPackage.Literals.PLAN_ELEMENT__IMPLEMENTS, clause(fixture.find(Task.class, "RepelAttack"), "III")));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(party), null);
		assertEquals(List.of("III"), after.find(Party.class, "NPA").getImplements().stream()
				.map(GuidelinesElement::getName).toList());
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void aReferenceEdgeThatIsThereOrOfTheWrongKindIsRefused() {
		Task task = fixture.find(Task.class, "RepelAttack");
		CreateReferenceEdge tool = EditFixture.operation(CreateReferenceEdge.class);
		EditException twice = assertThrows(EditException.class, () -> tool.create(
				new ReferenceEdge(task, PlanPackage.Literals.PLAN_ELEMENT__IMPLEMENTS, task.getImplements().get(0))));
		assertTrue(twice.getMessage().contains("already has implements IV.2(1)a"), twice.getMessage());
		ReadinessStage stage = fixture.find(ReadinessStage.class, "Preparation");
		EditException wrong = assertThrows(EditException.class, () -> tool.create(
				new ReferenceEdge(stage, PlanPackage.Literals.READINESS_STAGE__ACTIVATES, fixture.find(Party.class, "NPA"))));
		assertTrue(wrong.getMessage().contains("NPA cannot be the activates of Preparation"), wrong.getMessage());
	}

	@Test
	void deleteAnImplementsEdge() {
		Task task = fixture.find(Task.class, "RepelAttack");
		URI file = task.eResource().getURI();
		PlanEdit edit = EditFixture.operation(DeleteEdge.class).delete(new ReferenceEdge(task,
				PlanPackage.Literals.PLAN_ELEMENT__IMPLEMENTS, task.getImplements().get(1)));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(task), null);
		assertTrue(after.text(file).contains("\t\timplements IV.2(1)a\n"), after.text(file));
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void reconnectAnImplementsEdgeToAnotherClause() {
		Task task = fixture.find(Task.class, "RepelAttack");
		URI file = task.eResource().getURI();
		PlanEdit edit = EditFixture.operation(ReconnectEdge.class).reconnect(new ReferenceEdge(task,
				PlanPackage.Literals.PLAN_ELEMENT__IMPLEMENTS, task.getImplements().get(1)), null, clause(task, "IV.2(1)c"));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(task), null);
		assertTrue(after.text(file).contains("\t\timplements IV.2(1)a, IV.2(1)c\n"), after.text(file));
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	/** A clause of the Guidelines by its number, found from an element that implements clauses. */
	private static GuidelinesElement clause(Task implementing, String name) {
		EObject root = EcoreUtil.getRootContainer(implementing.getImplements().get(0));
		for (var it = root.eAllContents(); it.hasNext();) {
			if (it.next() instanceof GuidelinesElement e && name.equals(e.getName())) {
				return e;
			}
		}
		throw new AssertionError("no clause " + name);
	}

	private static String block(String text, String start) {
		int at = text.indexOf(start);
		assertTrue(at >= 0, start + " in the text");
		return text.substring(at, text.indexOf("\n\t}", at));
	}
}
