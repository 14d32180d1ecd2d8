package org.allianceplanner.validation;

import static org.allianceplanner.validation.RuleAssertions.assertFires;
import static org.allianceplanner.validation.RuleAssertions.assertQuiet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.Asset;
import org.allianceplanner.model.plan.AssetKind;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.Consent;
import org.allianceplanner.model.plan.ContributionKind;
import org.allianceplanner.model.plan.Measure;
import org.allianceplanner.model.plan.MeasureKind;
import org.allianceplanner.model.plan.Modality;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.testing.CompliantPlans;
import org.allianceplanner.testing.PlanBuilder;
import org.junit.jupiter.api.Test;

class PremiseRulesTest {

	private final CompliantPlans fx = new CompliantPlans();

	@Test
	void defensiveFiresOnJapaneseStrike() {
		BilateralDefensePlan p = fx.defensePlan("bdp");
		Task strike = fx.task(p, "counterStrike", TaskKind.STRIKE);
		Assignment a = fx.assign(strike, fx.jsdf(), RoleKind.SUPPLEMENT);
		assertFires(fx, Rule.PREMISE_DEFENSIVE, a, Literals.ASSIGNMENT__PARTY, "jsdf", "counterStrike", "strike power");
	}

	@Test
	void defensiveFiresOnJapaneseStrikePowerWithFix() {
		Task t = fx.task(fx.defensePlan("bdp"), "airDefense", TaskKind.AIR_DEFENSE);
		Assignment a = fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		a.getContributions().add(ContributionKind.STRIKE_POWER);
		Finding f = assertFires(fx, Rule.PREMISE_DEFENSIVE, a, Literals.ASSIGNMENT__CONTRIBUTIONS, "strike power");
		assertEquals(List.of("contributions", "STRIKE_POWER"), f.fix().data());
	}

	@Test
	void defensiveQuietWhenUSForcesStrike() {
		Task strike = fx.task(fx.defensePlan("bdp"), "counterStrike", TaskKind.STRIKE);
		fx.assign(strike, fx.usf(), RoleKind.SUPPLEMENT).getContributions().add(ContributionKind.STRIKE_POWER);
		assertQuiet(fx, Rule.PREMISE_DEFENSIVE);
	}

	@Test
	void nonNuclearFiresOnNuclearSupplyToJapan() {
		Task t = fx.task(fx.defensePlan("bdp"), "resupply", TaskKind.LOGISTICS_SUPPORT);
		fx.assign(t, fx.usf(), RoleKind.PRIMARY);
		t.getRecipients().add(fx.jsdf());
		t.getSupplies().add(fx.builder().supply("warheads", SupplyCategory.NUCLEAR_WEAPONS));
		assertFires(fx, Rule.PREMISE_NONNUCLEAR, t, Literals.TASK__SUPPLIES, "resupply", "nuclear weapons", "warheads");
	}

	@Test
	void nonNuclearFiresOnNuclearAssetLocatedInJapan() {
		Asset a = PlanBuilder.F.createAsset();
		a.setName("device");
		a.setKind(AssetKind.NUCLEAR_WEAPON);
		a.setLocation(fx.japan());
		fx.model().getResources().add(a);
		assertFires(fx, Rule.PREMISE_NONNUCLEAR, a, Literals.PLAN_RESOURCE__LOCATION, "device", "not introduced into Japan");
	}

	/** Moved from the model's facts test: an area of Japan is Japanese involvement, with no Japanese party. */
	@Test
	void nonNuclearFiresOnNuclearSupplyIntoJapaneseTerritory() {
		Task t = fx.task(fx.cooperationPlan("mcp"), "supply", TaskKind.LOGISTICS_SUPPORT);
		fx.assign(t, fx.usf(), RoleKind.PRIMARY);
		t.getAreas().add(fx.japan());
		t.getSupplies().add(fx.builder().supply("pol", SupplyCategory.POL));
		assertQuiet(fx, Rule.PREMISE_NONNUCLEAR);
		t.getSupplies().add(fx.builder().supply("warheads", SupplyCategory.NUCLEAR_WEAPONS));
		assertFires(fx, Rule.PREMISE_NONNUCLEAR, t, Literals.TASK__SUPPLIES, "supply", "warheads");
	}

	@Test
	void nonNuclearQuietForConventionalSupply() {
		Task t = fx.task(fx.defensePlan("bdp"), "resupply", TaskKind.LOGISTICS_SUPPORT);
		fx.assign(t, fx.usf(), RoleKind.PRIMARY);
		t.getRecipients().add(fx.jsdf());
		t.getSupplies().add(fx.builder().supply("fuel", SupplyCategory.POL));
		assertQuiet(fx, Rule.PREMISE_NONNUCLEAR);
	}

	@Test
	void siasjNonCombatFiresOnSdfAirDefenseInSiasj() {
		Task t = fx.task(fx.cooperationPlan("mcp"), "interceptors", TaskKind.AIR_DEFENSE);
		Assignment a = fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		assertFires(fx, Rule.PREMISE_SIASJ_NONCOMBAT, a, Literals.ASSIGNMENT__PARTY, "jsdf", "interceptors",
				"never combat operations");
	}

	/** Moved from the model's facts test: a task's own situations win over its plan's. */
	@Test
	void siasjNonCombatQuietWhenTheTaskItselfIsForAnArmedAttack() {
		Task t = fx.task(fx.cooperationPlan("mcp"), "interceptors", TaskKind.AIR_DEFENSE);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		t.getSituations().add(SituationKind.ARMED_ATTACK);
		assertQuiet(fx, Rule.PREMISE_SIASJ_NONCOMBAT);
	}

	@Test
	void siasjNonCombatQuietForSdfSurveillance() {
		Task t = fx.task(fx.cooperationPlan("mcp"), "patrol", TaskKind.SURVEILLANCE);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		Task us = fx.task(fx.cooperationPlan("mcp2"), "restore", TaskKind.OPERATIONS_TO_RESTORE_PEACE);
		fx.assign(us, fx.usf(), RoleKind.PRIMARY);
		assertQuiet(fx, Rule.PREMISE_SIASJ_NONCOMBAT);
	}

	@Test
	void sanctionsFiresWithoutResolution() {
		Task t = fx.task(fx.cooperationPlan("mcp"), "inspection", TaskKind.SHIP_INSPECTION);
		fx.assign(t, fx.jmsdf(), RoleKind.PRIMARY);
		Finding f = assertFires(fx, Rule.PREMISE_INTL_LAW_SANCTIONS, t, Literals.TASK__LEGAL_BASES, "inspection",
				"Security Council resolution");
		assertEquals("add-element", f.fix().kind());
		assertEquals(List.of("legalBases", "LegalBasis", "kind=UN_SECURITY_COUNCIL_RESOLUTION"), f.fix().data());
	}

	@Test
	void sanctionsQuietWithNamedResolution() {
		Task t = fx.task(fx.cooperationPlan("mcp"), "inspection", TaskKind.SHIP_INSPECTION);
		fx.assign(t, fx.jmsdf(), RoleKind.PRIMARY);
		t.getLegalBases().add(fx.builder().legalBasis("unscr", LegalBasisKind.UN_SECURITY_COUNCIL_RESOLUTION, "UNSCR 1718"));
		assertQuiet(fx, Rule.PREMISE_INTL_LAW_SANCTIONS);
	}

	@Test
	void consentFiresForReliefAbroadWithoutConsent() {
		Area affected = fx.builder().area("affectedProvince", AreaKind.AFFECTED_AREA);
		Task t = fx.task(fx.cooperationPlan("mcp"), "relief", TaskKind.RELIEF);
		fx.assign(t, fx.jsdf(), RoleKind.COOPERATION);
		t.getAreas().add(affected);
		Finding f = assertFires(fx, Rule.PREMISE_INTL_LAW_CONSENT, t, Literals.TASK__CONSENTS, "relief",
				"affectedProvince", "consent");
		assertEquals(List.of("consents", "Consent", "area=affectedProvince"), f.fix().data());
	}

	@Test
	void consentQuietWhenRecorded() {
		Area affected = fx.builder().area("affectedProvince", AreaKind.AFFECTED_AREA);
		Task t = fx.task(fx.cooperationPlan("mcp"), "relief", TaskKind.RELIEF);
		fx.assign(t, fx.jsdf(), RoleKind.COOPERATION);
		t.getAreas().add(affected);
		Consent c = PlanBuilder.F.createConsent();
		c.setArea(affected);
		c.setAuthority("provincial government");
		t.getConsents().add(c);
		assertQuiet(fx, Rule.PREMISE_INTL_LAW_CONSENT);
	}

	@Test
	void noObligationFiresOnObligingMeasureWithFix() {
		BilateralDefensePlan p = fx.defensePlan("bdp");
		Measure m = PlanBuilder.F.createMeasure();
		m.setName("budget");
		m.setGovernment(Government.JAPAN);
		m.setKind(MeasureKind.BUDGETARY);
		m.setModality(Modality.OBLIGES);
		p.getMeasures().add(m);
		Finding f = assertFires(fx, Rule.PREMISE_NO_OBLIGATION, m, Literals.MEASURE__MODALITY, "budget", "Japan",
				"recommend");
		assertEquals(new Fix("set-value", f.fix().label(), List.of("modality", "RECOMMENDS")), f.fix());
	}

	@Test
	void noObligationQuietOnRecommendation() {
		Measure m = PlanBuilder.F.createMeasure();
		m.setGovernment(Government.JAPAN);
		m.setKind(MeasureKind.LEGISLATIVE);
		m.setModality(Modality.RECOMMENDS);
		fx.defensePlan("bdp").getMeasures().add(m);
		assertQuiet(fx, Rule.PREMISE_NO_OBLIGATION);
	}

	@Test
	void japaneseLawFiresWithoutJapaneseBasis() {
		Task t = fx.task(fx.cooperationPlan("mcp"), "patrol", TaskKind.SURVEILLANCE);
		t.getLegalBases().clear();
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		assertFires(fx, Rule.PREMISE_JAPANESE_LAW, t, Literals.TASK__LEGAL_BASES, "patrol", "Japanese law");
	}

	@Test
	void japaneseLawQuietForUSOnlyTaskAndCitedLaw() {
		MutualCooperationPlan p = fx.cooperationPlan("mcp");
		Task us = fx.task(p, "restore", TaskKind.OPERATIONS_TO_RESTORE_PEACE);
		us.getLegalBases().clear();
		fx.assign(us, fx.usf(), RoleKind.PRIMARY);
		fx.assign(fx.task(p, "patrol", TaskKind.SURVEILLANCE), fx.jsdf(), RoleKind.PRIMARY);
		assertQuiet(fx, Rule.PREMISE_JAPANESE_LAW);
	}

	@Test
	void treatyFiresOnFacilityProvisionWithoutTreaty() {
		Task t = fx.task(fx.defensePlan("bdp"), "additionalAreas", TaskKind.FACILITY_PROVISION);
		fx.assign(t, fx.cabinet(), RoleKind.PRIMARY);
		Finding f = assertFires(fx, Rule.PREMISE_TREATY_UNCHANGED, t, Literals.TASK__LEGAL_BASES, "additionalAreas",
				"Security Treaty");
		assertEquals(List.of("legalBases", "LegalBasis", "kind=SECURITY_TREATY"), f.fix().data());
	}

	@Test
	void treatyQuietWhenCited() {
		Task t = fx.task(fx.defensePlan("bdp"), "jointUse", TaskKind.JOINT_USE);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		t.getLegalBases().add(fx.treaty());
		assertQuiet(fx, Rule.PREMISE_TREATY_UNCHANGED);
	}
}
