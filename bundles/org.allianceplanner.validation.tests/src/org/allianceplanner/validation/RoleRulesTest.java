package org.allianceplanner.validation;

import static org.allianceplanner.validation.RuleAssertions.assertFires;
import static org.allianceplanner.validation.RuleAssertions.assertQuiet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SupportField;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.ContributionKind;
import org.allianceplanner.model.plan.Origin;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.SupplyItem;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.model.plan.Unit;
import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.testing.CompliantPlans;
import org.junit.jupiter.api.Test;

class RoleRulesTest {

	private final CompliantPlans fx = new CompliantPlans();
	private final BilateralDefensePlan bdp = fx.defensePlan("bdp");

	@Test
	void japanPrimaryFiresOnUSPrimaryWithSupportFix() {
		Task t = fx.task(bdp, "medevac", TaskKind.LOGISTICS_SUPPORT);
		Assignment us = fx.assign(t, fx.usf(), RoleKind.PRIMARY);
		Finding f = assertFires(fx, Rule.ROLE_JAPAN_PRIMARY, us, Literals.ASSIGNMENT__ROLE, "usf", "medevac",
				"primary responsibility");
		assertEquals(List.of("role", "SUPPORT"), f.fix().data());
		assertEquals("Change the U.S. role to support", f.fix().label());
	}

	@Test
	void japanPrimaryQuietWhenUSSupports() {
		Task t = fx.task(bdp, "medevac", TaskKind.LOGISTICS_SUPPORT);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		fx.assign(t, fx.usf(), RoleKind.SUPPORT);
		Task reinf = fx.task(bdp, "reinforce", TaskKind.REINFORCEMENT);
		fx.assign(reinf, fx.usf(), RoleKind.PRIMARY); // reinforcements are a U.S. role
		assertQuiet(fx, Rule.ROLE_JAPAN_PRIMARY);
	}

	@Test
	void airDefenseFiresOnUSPrimary() {
		Task t = fx.task(bdp, "counterAir", TaskKind.AIR_DEFENSE);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		Assignment us = fx.assign(t, fx.usf(), RoleKind.PRIMARY);
		Finding f = assertFires(fx, Rule.ROLE_AIR_DEFENSE, us, Literals.ASSIGNMENT__ROLE, "usf", "air defense",
				"counterAir");
		assertEquals(List.of("role", "SUPPORT"), f.fix().data());
	}

	@Test
	void airDefenseFiresWhenNoSdfIsPrimary() {
		Task t = fx.task(bdp, "counterAir", TaskKind.AIR_DEFENSE);
		Assignment sdf = fx.assign(t, fx.jsdf(), RoleKind.SUPPORT);
		Finding f = assertFires(fx, Rule.ROLE_AIR_DEFENSE, sdf, Literals.ASSIGNMENT__ROLE, "jsdf");
		assertEquals(List.of("role", "PRIMARY"), f.fix().data());
	}

	@Test
	void airDefenseQuietWhenSdfPrimaryAndUSSupports() {
		Task t = fx.task(bdp, "counterAir", TaskKind.AIR_DEFENSE);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		fx.assign(t, fx.usf(), RoleKind.SUPPORT);
		assertQuiet(fx, Rule.ROLE_AIR_DEFENSE);
	}

	@Test
	void seaDefenseFiresWithoutSdfParty() {
		Task t = fx.task(bdp, "straits", TaskKind.PROTECTION_OF_PORTS_AND_STRAITS);
		t.getLegalBases().clear();
		fx.assign(t, fx.usn(), RoleKind.SUPPORT);
		assertFires(fx, Rule.ROLE_SEA_DEFENSE, t, Literals.TASK__ASSIGNMENTS, "straits", "no Self-Defense Forces party");
	}

	@Test
	void seaDefenseQuietWithSdfPrimary() {
		Task t = fx.task(bdp, "straits", TaskKind.PROTECTION_OF_SHIPS);
		fx.assign(t, fx.jmsdf(), RoleKind.PRIMARY);
		fx.assign(t, fx.usn(), RoleKind.SUPPLEMENT);
		assertQuiet(fx, Rule.ROLE_SEA_DEFENSE);
	}

	@Test
	void invasionFiresOnUSPrimaryWithSupplementFix() {
		Task t = fx.task(bdp, "repelLanding", TaskKind.COUNTER_INVASION);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		Assignment us = fx.assign(t, fx.usf(), RoleKind.PRIMARY);
		Finding f = assertFires(fx, Rule.ROLE_INVASION, us, Literals.ASSIGNMENT__ROLE, "repelLanding", "supplement");
		assertEquals(List.of("role", "SUPPLEMENT"), f.fix().data());
	}

	@Test
	void invasionQuietWhenUSSupplements() {
		Task t = fx.task(bdp, "repelLanding", TaskKind.COUNTER_INVASION);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		fx.assign(t, fx.usf(), RoleKind.SUPPLEMENT).getContributions().add(ContributionKind.REINFORCEMENTS);
		assertQuiet(fx, Rule.ROLE_INVASION);
	}

	@Test
	void guerrillaFiresWithoutRelevantAgency() {
		Task t = fx.task(bdp, "commandoHunt", TaskKind.GUERRILLA_RESPONSE);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		assertFires(fx, Rule.ROLE_GUERRILLA, t, Literals.TASK__ASSIGNMENTS, "commandoHunt", "relevant agenc");
	}

	@Test
	void guerrillaQuietWhenCoordinatingWithAgency() {
		Task t = fx.task(bdp, "commandoHunt", TaskKind.GUERRILLA_RESPONSE);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY).getCoordinatesWith().add(fx.cabinet());
		assertQuiet(fx, Rule.ROLE_GUERRILLA);
	}

	@Test
	void bmdFiresWhenUSForcesGiveNoIntelligence() {
		Task t = fx.task(bdp, "missileDefense", TaskKind.BALLISTIC_MISSILE_RESPONSE);
		fx.assign(t, fx.jsdf(), RoleKind.COOPERATION);
		Assignment us = fx.assign(t, fx.usf(), RoleKind.COOPERATION);
		Finding f = assertFires(fx, Rule.ROLE_BMD, us, Literals.ASSIGNMENT__CONTRIBUTIONS, "usf", "intelligence");
		assertEquals(List.of("contributions", "INTELLIGENCE"), f.fix().data());
	}

	@Test
	void bmdQuietWhenBothCooperateAndUSProvidesIntelligence() {
		Task t = fx.task(bdp, "missileDefense", TaskKind.BALLISTIC_MISSILE_RESPONSE);
		fx.assign(t, fx.jsdf(), RoleKind.COOPERATION);
		fx.assign(t, fx.usf(), RoleKind.COOPERATION).getContributions().add(ContributionKind.INTELLIGENCE);
		assertQuiet(fx, Rule.ROLE_BMD);
	}

	@Test
	void reinforcementBasisFiresWithoutJapaneseBasisTask() {
		Task t = fx.task(bdp, "reinforce", TaskKind.REINFORCEMENT);
		fx.assign(t, fx.usf(), RoleKind.PRIMARY);
		Finding f = assertFires(fx, Rule.ROLE_REINFORCEMENT_BASIS, bdp, Literals.PLAN__TASKS, "bdp", "reinforce",
				"basis");
		assertEquals(List.of("tasks", "Task", "kind=REINFORCEMENT_BASIS"), f.fix().data());
	}

	@Test
	void reinforcementBasisQuietWithBasisTask() {
		fx.assign(fx.task(bdp, "reinforce", TaskKind.REINFORCEMENT), fx.usf(), RoleKind.PRIMARY);
		fx.assign(fx.task(bdp, "hostNation", TaskKind.REINFORCEMENT_BASIS), fx.cabinet(), RoleKind.PRIMARY);
		assertQuiet(fx, Rule.ROLE_REINFORCEMENT_BASIS);
	}

	@Test
	void logisticsFiresWhenUSOriginSupplyHasNoUSParty() {
		Task t = fx.task(bdp, "spares", TaskKind.LOGISTICS_SUPPORT);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		SupplyItem parts = fx.builder().supply("patriotParts", SupplyCategory.REPAIR_PARTS);
		parts.setOrigin(Origin.US_ORIGIN);
		t.getSupplies().add(parts);
		assertFires(fx, Rule.ROLE_LOGISTICS, t, Literals.TASK__SUPPLIES, "patriotParts", "U.S. origin");
	}

	@Test
	void logisticsFiresWhenUSEquipmentMaintainedWithoutJapan() {
		Task t = fx.task(bdp, "repairs", TaskKind.LOGISTICS_SUPPORT);
		t.setField(SupportField.MAINTENANCE);
		fx.assign(t, fx.usf(), RoleKind.SUPPORT);
		Unit squadron = fx.builder().unit("f15Squadron", fx.usf());
		t.getUses().add(squadron);
		assertFires(fx, Rule.ROLE_LOGISTICS, t, Literals.TASK__USES, "f15Squadron", "in Japan");
	}

	@Test
	void logisticsQuietWhenResponsibilitiesMatch() {
		Task t = fx.task(bdp, "spares", TaskKind.LOGISTICS_SUPPORT);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		fx.assign(t, fx.usf(), RoleKind.SUPPORT);
		SupplyItem parts = fx.builder().supply("patriotParts", SupplyCategory.REPAIR_PARTS);
		parts.setOrigin(Origin.US_ORIGIN);
		t.getSupplies().add(parts);
		SupplyItem fuel = fx.builder().supply("fuel", SupplyCategory.POL);
		fuel.setAcquiredInJapan(true);
		t.getSupplies().add(fuel);
		assertQuiet(fx, Rule.ROLE_LOGISTICS);
	}
}
