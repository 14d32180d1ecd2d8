package org.allianceplanner.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.IntelligenceProduct;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

/** The node tools: task (in a plan, in a stage), party, area, intelligence product. */
class CreateNodeTest {

	private final EditFixture fixture = new EditFixture();

	@Test
	void taskInAPlanGoesAfterItsLastTask() {
		Plan plan = fixture.find(Plan.class, "DefenseOfJapan");
		URI file = plan.eResource().getURI();
		PlanEdit edit = EditFixture.operation(CreateTask.class).create(plan, null, TaskKind.AIR_DEFENSE, "Test task",
				null);
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(plan), null);
		Task created = after.find(Task.class, "AirDefense");
		assertEquals(TaskKind.AIR_DEFENSE, created.getKind());
		assertEquals("Test task", created.getTitle());
		Plan reloaded = (Plan) created.eContainer();
		assertEquals(created, reloaded.getTasks().get(reloaded.getTasks().size() - 1));
		assertTrue(after.text(file).contains("\ttask AirDefense \"Test task\": air defense\n"), after.text(file));
		// the new task has no roles yet (ROLE-AIR-DEFENSE): no other error
		assertTrue(after.errorsOutside(file, edit.edits().get(file).get(0)).isEmpty(), after.errors().toString());
	}

	@Test
	void taskInAStageIsDuringTheStageAfterTheStagesTasks() {
		Plan plan = fixture.find(Plan.class, "DefenseOfJapan");
		ReadinessStage stage = fixture.find(ReadinessStage.class, "Vigilance");
		Task lastOfStage = plan.getTasks().stream().filter(t -> t.getStages().contains(stage))
				.reduce((first, second) -> second).orElseThrow();
		URI file = plan.eResource().getURI();
		PlanEdit edit = EditFixture.operation(CreateTask.class).create(plan, "WatchApproaches", TaskKind.SURVEILLANCE,
				null, stage);
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(plan), null);
		Task created = after.find(Task.class, "WatchApproaches");
		assertEquals(List.of(after.find(ReadinessStage.class, "Vigilance")), created.getStages());
		assertTrue(after.errorsOutside(file, edit.edits().get(file).get(0)).isEmpty(), after.errors().toString());
		Plan reloaded = (Plan) created.eContainer();
		int index = reloaded.getTasks().indexOf(created);
		assertEquals(lastOfStage.getName(), reloaded.getTasks().get(index - 1).getName());
		// written as the formatter lays out a task, indented like its siblings
		assertTrue(after.text(file).contains("\n\ttask WatchApproaches: surveillance {\n\t\tduring Vigilance\n\t}\n"),
				after.text(file));
		// the text lies between the two tasks, not in the middle of either
		assertTrue(EditFixture.region(lastOfStage)[1] <= edit.edits().get(file).get(0).offset());
	}

	@Test
	void partyGoesAfterTheOtherParties() {
		PlanModel model = (PlanModel) fixture.find(Party.class, "JASDF").eContainer();
		URI file = model.eResource().getURI();
		int[] parties = { EditFixture.region(model.getParties().get(0))[0],
				EditFixture.region(model.getAreas().get(0))[0] };
		PlanEdit edit = EditFixture.operation(CreateParty.class).create(model, "KyushuDefense", PartyKind.SDF_GROUND,
				"Western Army staff");
		EditFixture after = fixture.checkConfined(edit, file, parties, null);
		Party created = after.find(Party.class, "KyushuDefense");
		assertEquals(PartyKind.SDF_GROUND, created.getKind());
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void areaWithinAnotherArea() {
		Area territory = fixture.find(Area.class, "JapaneseTerritoryArea");
		PlanModel model = (PlanModel) territory.eContainer();
		URI file = model.eResource().getURI();
		PlanEdit edit = EditFixture.operation(CreateArea.class).create(model, null, AreaKind.JAPANESE_TERRITORY,
				"Kanmon Strait", territory);
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(model), null);
		Area created = after.find(Area.class, "JapaneseTerritory");
		assertEquals("JapaneseTerritoryArea", created.getWithin().getName());
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void intelligenceProductProducedByAParty() {
		Party producer = fixture.find(Party.class, "JMSDF");
		PlanModel model = (PlanModel) producer.eContainer();
		URI file = model.eResource().getURI();
		PlanEdit edit = EditFixture.operation(CreateIntelligenceProduct.class).create(model, "SubmarineTracks",
				"Submarine contact reports", producer);
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(model), null);
		IntelligenceProduct created = after.find(IntelligenceProduct.class, "SubmarineTracks");
		assertEquals("JMSDF", created.getProducer().getName());
		assertTrue(after.errorsOutside(file, edit.edits().get(file).get(0)).isEmpty(), after.errors().toString());
	}

	@Test
	void aNewNameAvoidsTheNamesOfTheOtherFiles() {
		Plan plan = fixture.find(Plan.class, "DefenseOfJapan");
		URI file = plan.eResource().getURI();
		// areas-surrounding-japan.alliance has a task Surveillance
		PlanEdit edit = EditFixture.operation(CreateTask.class).create(plan, null, TaskKind.SURVEILLANCE, null, null);
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(plan), null);
		assertEquals(file, after.find(Task.class, "Surveillance2").eResource().getURI());
	}

	@Test
	void aNameInUseOrNotAnIdentifierIsRefused() {
		PlanModel model = (PlanModel) fixture.find(Party.class, "JASDF").eContainer();
		CreateParty tool = EditFixture.operation(CreateParty.class);
		EditException taken = assertThrows(EditException.class,
				() -> tool.create(model, "RepelAttack", PartyKind.SDF_GROUND, null));
		assertTrue(taken.getMessage().contains("defense-of-japan.alliance"), taken.getMessage());
		assertThrows(EditException.class, () -> tool.create(model, "two words", PartyKind.SDF_GROUND, null));
	}

	@Test
	void aFileWithSyntaxErrorsIsNotEdited() {
		var texts = EditFixture.readExamples();
		URI catalogue = texts.keySet().stream().filter(u -> u.lastSegment().equals("catalogue.alliance")).findFirst()
				.orElseThrow();
		texts.put(catalogue, texts.get(catalogue).replace("party MIC ", "party MIC { "));
		EditFixture broken = new EditFixture(texts);
		PlanModel model = (PlanModel) broken.find(Party.class, "JASDF").eContainer();
		EditException e = assertThrows(EditException.class, () -> EditFixture.operation(CreateParty.class)
				.create(model, null, PartyKind.SDF_GROUND, null));
		assertTrue(e.getMessage().contains("catalogue.alliance has syntax errors"), e.getMessage());
	}
}
