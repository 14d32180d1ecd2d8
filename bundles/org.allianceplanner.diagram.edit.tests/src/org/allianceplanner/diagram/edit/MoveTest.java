package org.allianceplanner.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.Task;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

/** Moving a node into another container: a stage or an area. */
class MoveTest {

	private final EditFixture fixture = new EditFixture();

	@Test
	void taskToAnotherStage() {
		Task task = fixture.find(Task.class, "IntensifySharing");
		URI file = task.eResource().getURI();
		PlanEdit edit = EditFixture.operation(MoveElement.class).moveToStage(task,
				fixture.find(ReadinessStage.class, "Vigilance"), fixture.find(ReadinessStage.class, "DefenseOperations"));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(task), null);
		assertEquals(List.of("DefenseOperations", "Preparation"), after.find(Task.class, "IntensifySharing")
				.getStages().stream().map(ReadinessStage::getName).toList());
		assertTrue(after.errors().isEmpty(), after.errors().toString());
	}

	@Test
	void taskToAnotherArea() {
		Task task = fixture.find(Task.class, "IncreaseSurveillance");
		URI file = task.eResource().getURI();
		PlanEdit edit = EditFixture.operation(MoveElement.class).moveToArea(task,
				fixture.find(Area.class, "SurroundingWaters"), fixture.find(Area.class, "HighSeasAroundJapanArea"));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(task), null);
		assertEquals(List.of("HighSeasAroundJapanArea", "SurroundingAirspace"), after
				.find(Task.class, "IncreaseSurveillance").getAreas().stream().map(Area::getName).toList());
	}

	@Test
	void areaIntoAnotherAreaAndOut() {
		Area area = fixture.find(Area.class, "TsushimaStrait");
		URI file = area.eResource().getURI();
		PlanEdit edit = EditFixture.operation(MoveElement.class).moveToArea(area, fixture.find(Area.class, "MajorPorts"));
		EditFixture after = fixture.checkConfined(edit, file, EditFixture.region(area), null);
		assertEquals("MajorPorts", after.find(Area.class, "TsushimaStrait").getWithin().getName());
		EditFixture fresh = new EditFixture();
		Area again = fresh.find(Area.class, "TsushimaStrait");
		PlanEdit out = EditFixture.operation(MoveElement.class).moveToArea(again, null);
		EditFixture top = fresh.checkConfined(out, file, EditFixture.region(again), null);
		assertNull(top.find(Area.class, "TsushimaStrait").getWithin());
		assertTrue(top.text(file).contains("Japanese territory // test copy: comment after an area"), top.text(file));
	}

	@Test
	void anAreaCannotMoveIntoItsOwnPart() {
		Area territory = fixture.find(Area.class, "JapaneseTerritoryArea");
		assertThrows(EditException.class, () -> EditFixture.operation(MoveElement.class).moveToArea(territory,
				fixture.find(Area.class, "TsushimaStrait")));
	}
}
