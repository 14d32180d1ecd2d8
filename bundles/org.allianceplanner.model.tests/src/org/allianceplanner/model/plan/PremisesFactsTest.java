package org.allianceplanner.model.plan;

import static org.allianceplanner.model.plan.Plans.assign;
import static org.allianceplanner.model.plan.Plans.heldByJapan;
import static org.allianceplanner.model.plan.Plans.situationsOf;
import static org.allianceplanner.model.plan.Plans.task;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupplyCategory;
import org.junit.jupiter.api.Test;

/**
 * Section II premises (PREMISE-*): each test builds a plan that keeps the premise and one that
 * breaks it, and reads the facts the rule needs from the model alone.
 */
class PremisesFactsTest {

	private final Plans plans = new Plans();

	/** PREMISE-DEFENSIVE (II.2, IV.2(2)a-b): no Japanese party holds a strike task or brings strike power. */
	private static boolean breaksDefensive(Task task) {
		boolean strike = task.getKind() == TaskKind.STRIKE;
		return task.getAssignments().stream().anyMatch(a -> a.getParty().getGovernment() == Government.JAPAN
				&& (strike || a.getContributions().contains(ContributionKind.STRIKE_POWER)));
	}

	@Test
	void defensive() {
		BilateralDefensePlan plan = plans.defensePlan("bdp", SituationKind.ARMED_ATTACK);
		Task usStrike = task(plan, "strike", TaskKind.STRIKE);
		assign(usStrike, plans.usAir(), RoleKind.SUPPLEMENT, ContributionKind.STRIKE_POWER);
		assertFalse(breaksDefensive(usStrike));
		Task japaneseStrike = task(plan, "strike2", TaskKind.STRIKE);
		assign(japaneseStrike, plans.jasdf(), RoleKind.PRIMARY);
		assertTrue(breaksDefensive(japaneseStrike));
	}

	/** PREMISE-NONNUCLEAR (II.2): no nuclear weapon goes to a Japanese party or into Japanese territory. */
	private static boolean breaksNonNuclear(Task task) {
		boolean nuclear = task.getSupplies().stream().anyMatch(s -> s.getCategory() == SupplyCategory.NUCLEAR_WEAPONS)
				|| task.getUses().stream().anyMatch(r -> r instanceof Asset a && a.getKind() == AssetKind.NUCLEAR_WEAPON);
		boolean toJapan = heldByJapan(task) || task.getRecipients().stream().anyMatch(p -> p.getGovernment() == Government.JAPAN)
				|| task.getAreas().stream().anyMatch(a -> a.getKind() == AreaKind.JAPANESE_TERRITORY);
		return nuclear && toJapan;
	}

	@Test
	void nonNuclear() {
		MutualCooperationPlan plan = plans.cooperationPlan("mcp", SituationKind.SIASJ_RESPONSE);
		Task supply = task(plan, "supply", TaskKind.LOGISTICS_SUPPORT);
		supply.getSupplies().add(plans.supply("pol", SupplyCategory.POL));
		supply.getAreas().add(plans.area("honshu", AreaKind.JAPANESE_TERRITORY, false));
		assertFalse(breaksNonNuclear(supply));
		supply.getSupplies().add(plans.supply("warheads", SupplyCategory.NUCLEAR_WEAPONS));
		assertTrue(breaksNonNuclear(supply));
	}

	/** PREMISE-SIASJ-NONCOMBAT (II.2, V.2(3)): in a SIASJ the SDF hold no combat operation. */
	private static boolean breaksSiasjNonCombat(Task task) {
		return situationsOf(task).contains(SituationKind.SIASJ_RESPONSE) && Plans.COMBAT.contains(task.getKind())
				&& task.getAssignments().stream().anyMatch(a -> a.getParty().isSelfDefenseForces());
	}

	@Test
	void siasjNonCombat() {
		MutualCooperationPlan plan = plans.cooperationPlan("mcp", SituationKind.SIASJ_RESPONSE);
		Task minesweeping = task(plan, "mcm", TaskKind.MINESWEEPING);
		assign(minesweeping, plans.jmsdf(), RoleKind.PRIMARY);
		assertFalse(breaksSiasjNonCombat(minesweeping));
		Task airDefense = task(plan, "ad", TaskKind.AIR_DEFENSE);
		assign(airDefense, plans.jasdf(), RoleKind.PRIMARY);
		assertTrue(breaksSiasjNonCombat(airDefense));
		airDefense.getSituations().add(SituationKind.ARMED_ATTACK); // the task's own situations win over the plan's
		assertFalse(breaksSiasjNonCombat(airDefense));
	}

	/** PREMISE-INTL-LAW-SANCTIONS (II.3, V.2(1)d): a ship inspection cites the UNSC resolution. */
	private static boolean breaksSanctions(Task task) {
		return task.getKind() == TaskKind.SHIP_INSPECTION && task.getLegalBases().stream()
				.noneMatch(b -> b.getKind() == LegalBasisKind.UN_SECURITY_COUNCIL_RESOLUTION && b.getReference() != null);
	}

	@Test
	void sanctions() {
		MutualCooperationPlan plan = plans.cooperationPlan("mcp", SituationKind.SIASJ_RESPONSE);
		Task inspection = task(plan, "inspection", TaskKind.SHIP_INSPECTION);
		assertTrue(breaksSanctions(inspection));
		inspection.getLegalBases().add(plans.legalBasis("unscr", LegalBasisKind.UN_SECURITY_COUNCIL_RESOLUTION, "S/RES/665 (1990)"));
		assertFalse(breaksSanctions(inspection));
	}

	/** PREMISE-INTL-LAW-CONSENT (II.3, V.2(1)a): relief records the consent of each affected area's authorities. */
	private static boolean breaksConsent(Task task) {
		return task.getKind() == TaskKind.RELIEF
				&& task.getAreas().stream().anyMatch(area -> task.getConsents().stream().noneMatch(c -> c.getArea() == area));
	}

	@Test
	void consent() {
		MutualCooperationPlan plan = plans.cooperationPlan("mcp", SituationKind.SIASJ_RESPONSE);
		Task relief = task(plan, "relief", TaskKind.RELIEF);
		Area affected = plans.area("island", AreaKind.AFFECTED_AREA, false);
		affected.setAuthorities("Provincial government");
		relief.getAreas().add(affected);
		assertTrue(breaksConsent(relief));
		Consent consent = Plans.F.createConsent();
		consent.setArea(affected);
		consent.setAuthority(affected.getAuthorities());
		consent.setDate("2026-01-05");
		relief.getConsents().add(consent);
		assertFalse(breaksConsent(relief));
	}

	/** PREMISE-NO-OBLIGATION (II.4): measures are recommended, never obliged. */
	@Test
	void noObligation() {
		BilateralDefensePlan plan = plans.defensePlan("bdp", SituationKind.ARMED_ATTACK);
		Measure budget = Plans.F.createMeasure();
		budget.setGovernment(Government.JAPAN);
		budget.setKind(MeasureKind.BUDGETARY);
		budget.setModality(Modality.RECOMMENDS);
		plan.getMeasures().add(budget);
		assertFalse(plan.getMeasures().stream().anyMatch(m -> m.getModality() == Modality.OBLIGES));
		Measure law = Plans.F.createMeasure();
		law.setGovernment(Government.JAPAN);
		law.setKind(MeasureKind.LEGISLATIVE);
		law.setModality(Modality.OBLIGES);
		task(plan, "t", TaskKind.REINFORCEMENT_BASIS).getMeasures().add(law);
		assertTrue(plan.getTasks().get(0).getMeasures().stream().anyMatch(m -> m.getModality() == Modality.OBLIGES));
	}

	/** PREMISE-JAPANESE-LAW (II.4): a task held by a Japanese party names its Japanese legal basis. */
	private static boolean breaksJapaneseLaw(Task task) {
		return heldByJapan(task) && task.getLegalBases().stream().noneMatch(b -> b.getKind() == LegalBasisKind.JAPANESE_LAW);
	}

	@Test
	void japaneseLaw() {
		MutualCooperationPlan plan = plans.cooperationPlan("mcp", SituationKind.SIASJ_RESPONSE);
		Task sar = task(plan, "sar", TaskKind.SEARCH_AND_RESCUE);
		assign(sar, plans.jmsdf(), RoleKind.PRIMARY);
		assertTrue(breaksJapaneseLaw(sar));
		sar.getLegalBases().add(plans.legalBasis("sdfLaw", LegalBasisKind.JAPANESE_LAW, "Self-Defense Forces Law"));
		assertFalse(breaksJapaneseLaw(sar));
	}

	/** PREMISE-TREATY-UNCHANGED (II.1): facility provision and joint use cite the Security Treaty. */
	private static boolean breaksTreaty(Task task) {
		return (task.getKind() == TaskKind.FACILITY_PROVISION || task.getKind() == TaskKind.JOINT_USE)
				&& task.getLegalBases().stream().noneMatch(b -> b.getKind() == LegalBasisKind.SECURITY_TREATY);
	}

	@Test
	void treatyUnchanged() {
		BilateralDefensePlan plan = plans.defensePlan("bdp", SituationKind.ARMED_ATTACK);
		Task jointUse = task(plan, "jointUse", TaskKind.JOINT_USE);
		Facility base = Plans.F.createFacility();
		base.setName("misawa");
		base.setKind(FacilityKind.SDF_FACILITY);
		plans.model.getResources().add(base);
		jointUse.getUses().add(base);
		assertTrue(breaksTreaty(jointUse));
		jointUse.getLegalBases().add(plans.legalBasis("treaty", LegalBasisKind.SECURITY_TREATY, "Treaty of Mutual Cooperation and Security"));
		assertFalse(breaksTreaty(jointUse));
	}
}
