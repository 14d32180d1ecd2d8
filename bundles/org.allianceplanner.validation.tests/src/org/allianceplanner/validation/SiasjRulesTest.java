package org.allianceplanner.validation;

import static org.allianceplanner.validation.RuleAssertions.assertFires;
import static org.allianceplanner.validation.RuleAssertions.assertQuiet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.Nationality;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.testing.CompliantPlans;
import org.junit.jupiter.api.Test;

class SiasjRulesTest {

	private final CompliantPlans fx = new CompliantPlans();
	private final MutualCooperationPlan mcp = fx.cooperationPlan("mcp");

	@Test
	void refugeesFiresOnUSPrimaryInJapan() {
		Task t = fx.task(mcp, "refugeeReception", TaskKind.REFUGEES);
		t.getAreas().add(fx.japan());
		fx.assign(t, fx.cabinet(), RoleKind.PRIMARY);
		Assignment us = fx.assign(t, fx.usf(), RoleKind.PRIMARY);
		Finding f = assertFires(fx, Rule.SIASJ_REFUGEES, us, Literals.ASSIGNMENT__ROLE, "usf", "refugees");
		assertEquals(List.of("role", "SUPPORT"), f.fix().data());
	}

	@Test
	void refugeesQuietWhenJapanPrimary() {
		Task t = fx.task(mcp, "refugeeReception", TaskKind.REFUGEES);
		t.getAreas().add(fx.japan());
		fx.assign(t, fx.cabinet(), RoleKind.PRIMARY);
		fx.assign(t, fx.usf(), RoleKind.SUPPORT);
		assertQuiet(fx, Rule.SIASJ_REFUGEES);
	}

	@Test
	void sarFiresForJapanInCombatArea() {
		Area contested = fx.builder().area("contestedSea", AreaKind.HIGH_SEAS_AROUND_JAPAN);
		contested.setCombatOperations(true);
		Task t = fx.task(mcp, "sar", TaskKind.SEARCH_AND_RESCUE);
		t.getAreas().add(contested);
		fx.assign(t, fx.jmsdf(), RoleKind.PRIMARY);
		assertFires(fx, Rule.SIASJ_SAR_AREA, t, Literals.TASK__AREAS, "contestedSea", "combat operations");
	}

	@Test
	void sarFiresForUSFarFromOperationalArea() {
		Area far = fx.builder().area("farAway", AreaKind.THIRD_COUNTRY);
		Task t = fx.task(mcp, "usSar", TaskKind.SEARCH_AND_RESCUE);
		t.getAreas().add(far);
		fx.assign(t, fx.usn(), RoleKind.PRIMARY);
		assertFires(fx, Rule.SIASJ_SAR_AREA, t, Literals.TASK__AREAS, "farAway", "operational area");
	}

	@Test
	void sarQuietInJapaneseWatersAndNearUSOperationalArea() {
		Task jp = fx.task(mcp, "sar", TaskKind.SEARCH_AND_RESCUE);
		jp.getAreas().addAll(List.of(fx.waters(), fx.highSeas()));
		fx.assign(jp, fx.jmsdf(), RoleKind.PRIMARY);
		Area opArea = fx.builder().area("opArea", AreaKind.OPERATIONAL_AREA);
		opArea.getOperatingForces().add(fx.usn());
		Area near = fx.builder().area("nearOpArea", AreaKind.OTHER);
		near.getAdjacentTo().add(opArea);
		Task us = fx.task(mcp, "usSar", TaskKind.SEARCH_AND_RESCUE);
		us.getAreas().addAll(List.of(opArea, near));
		fx.assign(us, fx.usn(), RoleKind.PRIMARY);
		assertQuiet(fx, Rule.SIASJ_SAR_AREA);
	}

	@Test
	void neoFiresWhenJapanPrimaryForUSNationals() {
		Task t = fx.task(mcp, "evacuation", TaskKind.NONCOMBATANT_EVACUATION);
		t.getEvacuees().add(Nationality.UNITED_STATES);
		Assignment jp = fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		assertFires(fx, Rule.SIASJ_NEO_OWN_NATIONALS, jp, Literals.ASSIGNMENT__ROLE, "jsdf", "U.S. nationals",
				"own nationals");
	}

	@Test
	void neoFiresWhenThirdCountryNationalsNotDiscretionary() {
		Task t = fx.task(mcp, "evacuation", TaskKind.NONCOMBATANT_EVACUATION);
		t.getEvacuees().addAll(List.of(Nationality.JAPANESE, Nationality.THIRD_COUNTRY));
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		Finding f = assertFires(fx, Rule.SIASJ_NEO_OWN_NATIONALS, t, Literals.TASK__DISCRETIONARY, "third-country");
		assertEquals(List.of("discretionary", "true"), f.fix().data());
	}

	@Test
	void neoQuietForOwnNationalsAndDiscretionaryHelp() {
		Task t = fx.task(mcp, "evacuation", TaskKind.NONCOMBATANT_EVACUATION);
		t.getEvacuees().addAll(List.of(Nationality.JAPANESE, Nationality.THIRD_COUNTRY));
		t.setDiscretionary(true);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		fx.assign(t, fx.usf(), RoleKind.COOPERATION);
		assertQuiet(fx, Rule.SIASJ_NEO_OWN_NATIONALS);
	}

	@Test
	void rearAreaFiresOutsideAllowedAreas() {
		Area abroad = fx.builder().area("peninsula", AreaKind.THIRD_COUNTRY);
		Task t = fx.task(mcp, "fuelling", TaskKind.REAR_AREA_SUPPORT);
		t.getAreas().add(abroad);
		fx.assign(t, fx.jmsdf(), RoleKind.PRIMARY);
		assertFires(fx, Rule.SIASJ_REAR_AREA_LOCATION, t, Literals.TASK__AREAS, "peninsula", "third country");
	}

	@Test
	void rearAreaFiresInCombatArea() {
		Area combat = fx.builder().area("combatAirspace", AreaKind.INTERNATIONAL_AIRSPACE_AROUND_JAPAN);
		combat.setCombatOperations(true);
		Task t = fx.task(mcp, "airlift", TaskKind.REAR_AREA_SUPPORT);
		t.getAreas().add(combat);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		assertFires(fx, Rule.SIASJ_REAR_AREA_LOCATION, t, Literals.TASK__AREAS, "combatAirspace", "combat operations");
	}

	@Test
	void rearAreaQuietInJapanAndHighSeas() {
		Task t = fx.task(mcp, "fuelling", TaskKind.REAR_AREA_SUPPORT);
		t.getAreas().addAll(List.of(fx.japan(), fx.highSeas()));
		fx.assign(t, fx.jmsdf(), RoleKind.PRIMARY);
		assertQuiet(fx, Rule.SIASJ_REAR_AREA_LOCATION);
	}

	@Test
	void noWeaponsFiresOnAmmunitionWithRemoveFix() {
		Task t = fx.task(mcp, "supply", TaskKind.REAR_AREA_SUPPORT);
		t.getAreas().add(fx.japan());
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		t.getSupplies().add(fx.builder().supply("shells", SupplyCategory.AMMUNITION));
		Finding f = assertFires(fx, Rule.SIASJ_NO_WEAPONS_SUPPLY, t, Literals.TASK__SUPPLIES, "ammunition", "shells");
		assertEquals(List.of("supplies", "shells"), f.fix().data());
	}

	@Test
	void noWeaponsQuietForMaterialsAndPol() {
		Task t = fx.task(mcp, "supply", TaskKind.REAR_AREA_SUPPORT);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		t.getSupplies().addAll(List.of(fx.builder().supply("fuel", SupplyCategory.POL), fx.builder().supply("water", SupplyCategory.WATER)));
		assertQuiet(fx, Rule.SIASJ_NO_WEAPONS_SUPPLY);
	}

	@Test
	void minesweepingFiresInThirdCountryWaters() {
		Area abroad = fx.builder().area("foreignPort", AreaKind.THIRD_COUNTRY);
		Task t = fx.task(mcp, "sweep", TaskKind.MINESWEEPING);
		t.getAreas().add(abroad);
		fx.assign(t, fx.jmsdf(), RoleKind.PRIMARY);
		assertFires(fx, Rule.SIASJ_MINESWEEPING_AREA, t, Literals.TASK__AREAS, "foreignPort", "high seas around Japan");
	}

	@Test
	void minesweepingQuietOnHighSeasAroundJapan() {
		Task t = fx.task(mcp, "sweep", TaskKind.MINESWEEPING);
		t.getAreas().addAll(List.of(fx.highSeas(), fx.japan()));
		fx.assign(t, fx.jmsdf(), RoleKind.PRIMARY);
		assertQuiet(fx, Rule.SIASJ_MINESWEEPING_AREA);
	}
}
