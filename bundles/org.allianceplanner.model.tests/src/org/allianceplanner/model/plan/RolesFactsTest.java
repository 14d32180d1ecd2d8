package org.allianceplanner.model.plan;

import static org.allianceplanner.model.plan.Plans.assign;
import static org.allianceplanner.model.plan.Plans.governmentsIn;
import static org.allianceplanner.model.plan.Plans.partiesIn;
import static org.allianceplanner.model.plan.Plans.task;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.model.guidelines.SupportField;
import org.junit.jupiter.api.Test;

/** Roles in an armed attack against Japan (ROLE-*), read from the model alone. */
class RolesFactsTest {

	private final Plans plans = new Plans();
	private final BilateralDefensePlan plan = plans.defensePlan("bdp", SituationKind.ARMED_ATTACK);

	/** Japan primary, the United States only in the given roles. */
	private static boolean sdfPrimaryUsIn(Task task, Set<RoleKind> usRoles) {
		boolean sdfPrimary = partiesIn(task, RoleKind.PRIMARY).stream().anyMatch(Party::isSelfDefenseForces)
				&& !governmentsIn(task, RoleKind.PRIMARY).contains(Government.UNITED_STATES);
		boolean usOk = task.getAssignments().stream()
				.filter(a -> a.getParty().getGovernment() == Government.UNITED_STATES)
				.allMatch(a -> usRoles.contains(a.getRole()));
		return sdfPrimary && usOk;
	}

	@Test
	void japanPrimary() {
		Task repel = task(plan, "repel", TaskKind.COUNTER_INVASION);
		assign(repel, plans.jgsdf(), RoleKind.PRIMARY);
		assign(repel, plans.party("USARJ", Government.UNITED_STATES, PartyKind.US_FORCES_GROUND), RoleKind.SUPPORT);
		assertTrue(governmentsIn(repel, RoleKind.PRIMARY).equals(Set.of(Government.JAPAN)));
		assertTrue(governmentsIn(repel, RoleKind.SUPPORT).equals(Set.of(Government.UNITED_STATES)));
		Task wrong = task(plan, "wrong", TaskKind.COUNTER_INVASION);
		assign(wrong, plans.usAir(), RoleKind.PRIMARY);
		assertFalse(governmentsIn(wrong, RoleKind.PRIMARY).contains(Government.JAPAN));
	}

	@Test
	void airDefense() {
		Task ad = task(plan, "ad", TaskKind.AIR_DEFENSE);
		assign(ad, plans.jasdf(), RoleKind.PRIMARY);
		assign(ad, plans.usAir(), RoleKind.SUPPORT);
		assign(ad, plans.usAir(), RoleKind.SUPPLEMENT, ContributionKind.STRIKE_POWER);
		assertTrue(sdfPrimaryUsIn(ad, Set.of(RoleKind.SUPPORT, RoleKind.SUPPLEMENT)));
		assign(ad, plans.usNavy(), RoleKind.PRIMARY);
		assertFalse(sdfPrimaryUsIn(ad, Set.of(RoleKind.SUPPORT, RoleKind.SUPPLEMENT)));
	}

	@Test
	void seaDefense() {
		Task ports = task(plan, "ports", TaskKind.PROTECTION_OF_PORTS_AND_STRAITS);
		assign(ports, plans.jmsdf(), RoleKind.PRIMARY);
		assign(ports, plans.usNavy(), RoleKind.SUPPORT, ContributionKind.MOBILITY);
		assertTrue(sdfPrimaryUsIn(ports, Set.of(RoleKind.SUPPORT, RoleKind.SUPPLEMENT)));
		Task ships = task(plan, "ships", TaskKind.PROTECTION_OF_SHIPS);
		assign(ships, plans.usNavy(), RoleKind.PRIMARY);
		assertFalse(sdfPrimaryUsIn(ships, Set.of(RoleKind.SUPPORT, RoleKind.SUPPLEMENT)));
	}

	@Test
	void invasion() {
		Task invasion = task(plan, "invasion", TaskKind.COUNTER_INVASION);
		assign(invasion, plans.jgsdf(), RoleKind.PRIMARY);
		Assignment us = assign(invasion, plans.party("III MEF", Government.UNITED_STATES, PartyKind.US_FORCES_GROUND), RoleKind.SUPPLEMENT);
		assertTrue(sdfPrimaryUsIn(invasion, Set.of(RoleKind.SUPPORT, RoleKind.SUPPLEMENT)));
		assertFalse(us.getContributions().contains(ContributionKind.REINFORCEMENTS));
		us.getContributions().add(ContributionKind.REINFORCEMENTS);
		assertTrue(us.getContributions().contains(ContributionKind.REINFORCEMENTS));
	}

	@Test
	void guerrilla() {
		Task response = task(plan, "guerrilla", TaskKind.GUERRILLA_RESPONSE);
		Assignment sdf = assign(response, plans.jgsdf(), RoleKind.PRIMARY);
		Party police = plans.party("NPA", Government.JAPAN, PartyKind.CENTRAL_AGENCY);
		assertFalse(sdf.getCoordinatesWith().stream().anyMatch(Party::isAgency));
		sdf.getCoordinatesWith().add(police);
		assertTrue(sdfPrimaryUsIn(response, Set.of(RoleKind.SUPPORT)));
		assertTrue(sdf.getCoordinatesWith().stream().anyMatch(Party::isAgency));
	}

	@Test
	void ballisticMissile() {
		Task bmd = task(plan, "bmd", TaskKind.BALLISTIC_MISSILE_RESPONSE);
		assign(bmd, plans.jasdf(), RoleKind.COOPERATION);
		Assignment us = assign(bmd, plans.usNavy(), RoleKind.COOPERATION);
		assertTrue(governmentsIn(bmd, RoleKind.COOPERATION).containsAll(Set.of(Government.JAPAN, Government.UNITED_STATES)));
		IntelligenceProduct warning = Plans.F.createIntelligenceProduct();
		warning.setName("launchWarning");
		warning.setProducer(us.getParty());
		plans.model.getIntelligenceProducts().add(warning);
		assertFalse(bmd.getIntelligence().stream().anyMatch(p -> p.getProducer().isUSForces()));
		bmd.getIntelligence().add(warning);
		assertTrue(bmd.getIntelligence().stream().anyMatch(p -> p.getProducer().isUSForces()));
	}

	/** ROLE-REINFORCEMENT-BASIS: U.S. reinforcements imply a Japanese task establishing their basis. */
	private static boolean missingReinforcementBasis(Plan plan) {
		boolean reinforcements = plan.getTasks().stream().anyMatch(t -> t.getKind() == TaskKind.REINFORCEMENT);
		boolean basis = plan.getTasks().stream().anyMatch(t -> t.getKind() == TaskKind.REINFORCEMENT_BASIS && Plans.heldByJapan(t));
		return reinforcements && !basis;
	}

	@Test
	void reinforcementBasis() {
		Task reinforce = task(plan, "reinforce", TaskKind.REINFORCEMENT);
		assign(reinforce, plans.usAir(), RoleKind.SUPPORT, ContributionKind.REINFORCEMENTS);
		assertTrue(missingReinforcementBasis(plan));
		Task basis = task(plan, "basis", TaskKind.REINFORCEMENT_BASIS);
		assign(basis, plans.party("MOD", Government.JAPAN, PartyKind.CENTRAL_AGENCY), RoleKind.PRIMARY);
		assertFalse(missingReinforcementBasis(plan));
	}

	/** ROLE-LOGISTICS: supply for U.S.-origin systems is supported by the U.S.; acquisition in Japan by Japan. */
	private static boolean breaksSupply(Task task) {
		if (task.getKind() != TaskKind.LOGISTICS_SUPPORT || task.getField() != SupportField.SUPPLY) {
			return false;
		}
		Set<Government> supporters = new java.util.HashSet<>(governmentsIn(task, RoleKind.SUPPORT));
		supporters.addAll(governmentsIn(task, RoleKind.PRIMARY));
		for (SupplyItem item : task.getSupplies()) {
			if (item.getOrigin() == Origin.US_ORIGIN && !item.isAcquiredInJapan() && !supporters.contains(Government.UNITED_STATES)) {
				return true;
			}
			if (item.isAcquiredInJapan() && !supporters.contains(Government.JAPAN)) {
				return true;
			}
		}
		return false;
	}

	/** ROLE-LOGISTICS: U.S. equipment in Japan is maintained by Japan unless U.S.-origin and beyond Japanese capability. */
	private static Government expectedMaintainer(PlanResource equipment) {
		if (equipment.getOrigin() == Origin.US_ORIGIN && !equipment.isWithinJapaneseCapability()) {
			return Government.UNITED_STATES;
		}
		boolean inJapan = equipment.getLocation() != null && equipment.getLocation().getKind() == AreaKind.JAPANESE_TERRITORY;
		return inJapan ? Government.JAPAN : null;
	}

	@Test
	void logistics() {
		Task supply = task(plan, "supply", TaskKind.LOGISTICS_SUPPORT);
		supply.setField(SupportField.SUPPLY);
		SupplyItem parts = plans.supply("f15Parts", SupplyCategory.REPAIR_PARTS);
		parts.setOrigin(Origin.US_ORIGIN);
		supply.getSupplies().add(parts);
		assign(supply, plans.jasdf(), RoleKind.PRIMARY);
		assertTrue(breaksSupply(supply));
		assign(supply, plans.usAir(), RoleKind.SUPPORT);
		assertFalse(breaksSupply(supply));

		Asset radar = Plans.F.createAsset();
		radar.setName("radar");
		radar.setKind(AssetKind.SYSTEM);
		radar.setOwner(plans.usAir());
		radar.setLocation(plans.area("kanto", AreaKind.JAPANESE_TERRITORY, false));
		plans.model.getResources().add(radar);
		assertTrue(radar.isWithinJapaneseCapability(), "default: within Japanese capability");
		assertTrue(expectedMaintainer(radar) == Government.JAPAN);
		radar.setOrigin(Origin.US_ORIGIN);
		radar.setWithinJapaneseCapability(false);
		assertTrue(expectedMaintainer(radar) == Government.UNITED_STATES);
	}
}
