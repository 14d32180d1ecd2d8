package org.allianceplanner.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.SituationKind;
import org.junit.jupiter.api.Test;

/** The predicates the rules, documents and language share, defined once on the model (EOperations). */
class PredicatesTest {

	private static final PlanFactory F = PlanFactory.eINSTANCE;

	@Test
	void aPartyActsForItsDeclaredGovernmentElseTheOneItsKindImplies() {
		Party jasdf = party(PartyKind.SDF_AIR);
		assertEquals(Government.JAPAN, jasdf.getActingGovernment());
		assertTrue(jasdf.actsForJapan());
		assertFalse(jasdf.actsForUnitedStates());
		Party usaf = party(PartyKind.US_FORCES_AIR);
		assertEquals(Government.UNITED_STATES, usaf.getActingGovernment());
		assertTrue(usaf.actsForUnitedStates());
		Party agency = party(PartyKind.CENTRAL_AGENCY);
		assertNull(agency.getActingGovernment());
		assertFalse(agency.actsForJapan() || agency.actsForUnitedStates());
		agency.setGovernment(Government.JAPAN);
		assertTrue(agency.actsForJapan());
		usaf.setGovernment(Government.JAPAN); // declared wins over the kind
		assertEquals(Government.JAPAN, usaf.getActingGovernment());
	}

	@Test
	void aPlanAppliesToItsSituationsElseToTheOneItsKindIsFor() {
		BilateralDefensePlan defense = F.createBilateralDefensePlan();
		assertEquals(EnumSet.of(SituationKind.ARMED_ATTACK), situations(defense));
		MutualCooperationPlan cooperation = F.createMutualCooperationPlan();
		assertEquals(EnumSet.of(SituationKind.SIASJ_RESPONSE), situations(cooperation));
		cooperation.getSituations().add(SituationKind.SIASJ_ANTICIPATED);
		assertEquals(EnumSet.of(SituationKind.SIASJ_ANTICIPATED), situations(cooperation));
	}

	@Test
	void aTaskAppliesToItsOwnSituationsElseToItsPlans() {
		BilateralDefensePlan defense = F.createBilateralDefensePlan();
		Task task = F.createTask();
		assertFalse(task.isInArmedAttack(), "a task outside any plan applies to nothing");
		defense.getTasks().add(task);
		assertTrue(task.isInArmedAttack());
		assertFalse(task.isInSituationInAreasSurroundingJapan());
		task.getSituations().add(SituationKind.SIASJ_ANTICIPATED);
		assertFalse(task.isInArmedAttack());
		assertTrue(task.isInSituationInAreasSurroundingJapan());
		MutualCooperationPlan cooperation = F.createMutualCooperationPlan();
		Task response = F.createTask();
		cooperation.getTasks().add(response);
		assertTrue(response.isInSituationInAreasSurroundingJapan());
	}

	@Test
	void combatOperationsAreThoseOfSectionIVAndOperationsToRestoreThePeace() {
		Set<TaskKind> combat = EnumSet.of(TaskKind.AIR_DEFENSE, TaskKind.SEA_DEFENSE,
				TaskKind.PROTECTION_OF_PORTS_AND_STRAITS, TaskKind.PROTECTION_OF_SHIPS, TaskKind.COUNTER_INVASION,
				TaskKind.GUERRILLA_RESPONSE, TaskKind.BALLISTIC_MISSILE_RESPONSE, TaskKind.STRIKE,
				TaskKind.OPERATIONS_TO_RESTORE_PEACE);
		for (TaskKind kind : TaskKind.values()) {
			Task task = F.createTask();
			task.setKind(kind);
			assertEquals(combat.contains(kind), task.isCombatOperation(), kind.getName());
		}
	}

	@Test
	void japanAndItsSurroundingsAreItsTerritoryWatersAndAirspace() {
		Set<AreaKind> japan = EnumSet.of(AreaKind.JAPANESE_TERRITORY, AreaKind.SURROUNDING_WATERS,
				AreaKind.SURROUNDING_AIRSPACE);
		for (AreaKind kind : AreaKind.values()) {
			Area area = F.createArea();
			area.setKind(kind);
			assertEquals(japan.contains(kind), area.isJapanOrItsSurroundings(), kind.getName());
		}
	}

	private static Party party(PartyKind kind) {
		Party p = F.createParty();
		p.setKind(kind);
		return p;
	}

	private static Set<SituationKind> situations(Plan plan) {
		Set<SituationKind> s = EnumSet.noneOf(SituationKind.class);
		for (SituationKind k : SituationKind.values()) {
			if (plan.appliesTo(k)) {
				s.add(k);
			}
		}
		return s;
	}
}
