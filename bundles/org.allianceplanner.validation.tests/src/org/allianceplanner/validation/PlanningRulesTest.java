package org.allianceplanner.validation;

import static org.allianceplanner.validation.RuleAssertions.assertFires;
import static org.allianceplanner.validation.RuleAssertions.assertQuiet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.model.guidelines.BodyKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.Classification;
import org.allianceplanner.model.plan.IntelligenceProduct;
import org.allianceplanner.model.plan.Milestone;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.ReadinessStandardKind;
import org.allianceplanner.model.plan.Releasability;
import org.junit.jupiter.api.Test;

class PlanningRulesTest {

	private final Fixture fx = new Fixture();

	@Test
	void readinessMutualFiresWithoutUSConcurrence() {
		ReadinessStage s = fx.stage(fx.defensePlan("bdp"), "stage1", SituationKind.ARMED_ATTACK_IMMINENT);
		s.getConcurrences().removeIf(c -> c.getGovernment() == Government.UNITED_STATES);
		Finding f = assertFires(fx, Rule.PLAN_READINESS_MUTUAL, s, Literals.READINESS_STAGE__CONCURRENCES, "stage1",
				"United States", "mutual agreement");
		assertEquals(List.of("concurrences", "Concurrence", "government=UNITED_STATES"), f.fix().data());
	}

	@Test
	void readinessMutualQuietWhenBothConcur() {
		fx.stage(fx.defensePlan("bdp"), "stage1", SituationKind.ARMED_ATTACK_IMMINENT);
		assertQuiet(fx, Rule.PLAN_READINESS_MUTUAL);
	}

	@Test
	void standardsCompleteFiresWithMissingStandardsAndFix() {
		ReadinessStage s = fx.stage(fx.cooperationPlan("mcp"), "alert", SituationKind.SIASJ_ANTICIPATED);
		s.getStandards().removeIf(st -> st.getKind() == ReadinessStandardKind.MOVEMENTS
				|| st.getKind() == ReadinessStandardKind.LOGISTICS_SUPPORT);
		Finding f = assertFires(fx, Rule.PLAN_STANDARDS_COMPLETE, s, Literals.READINESS_STAGE__STANDARDS, "alert",
				"movements, logistics support");
		assertEquals(List.of("standards", "ReadinessStandard", "kind=MOVEMENTS", "kind=LOGISTICS_SUPPORT"), f.fix().data());
	}

	@Test
	void standardsCompleteQuietWithAllFour() {
		fx.stage(fx.cooperationPlan("mcp"), "alert", SituationKind.SIASJ_ANTICIPATED);
		assertQuiet(fx, Rule.PLAN_STANDARDS_COMPLETE);
	}

	@Test
	void proceduresCompleteFiresWithAddProcedureKindsFix() {
		BilateralDefensePlan p = fx.defensePlan("bdp");
		p.getProcedures().removeIf(proc -> proc.getName().equals("fratricide_prevention")
				|| proc.getName().equals("target_information"));
		Finding f = assertFires(fx, Rule.PLAN_PROCEDURES_COMPLETE, p, Literals.PLAN__PROCEDURES, "bdp",
				"transmission of target information", "prevention of fratricide");
		assertEquals("Add the missing procedure kinds", f.fix().label());
		assertEquals(List.of("procedures", "CommonProcedure", "kind=TARGET_INFORMATION", "kind=FRATRICIDE_PREVENTION"),
				f.fix().data());
	}

	@Test
	void proceduresCompleteQuietForCompletePlanAndCooperationPlans() {
		fx.defensePlan("bdp");
		fx.cooperationPlan("mcp"); // mutual cooperation plans are not held to VI.1(3)
		assertQuiet(fx, Rule.PLAN_PROCEDURES_COMPLETE);
	}

	@Test
	void bcmEarlyFiresWhenImminentStageDoesNotStartBcm() {
		BilateralDefensePlan p = fx.defensePlan("bdp");
		ReadinessStage s = fx.stage(p, "imminent", SituationKind.ARMED_ATTACK_IMMINENT);
		s.getActivates().clear();
		Finding f = assertFires(fx, Rule.PLAN_BCM_EARLY, s, Literals.READINESS_STAGE__ACTIVATES, "imminent",
				"bilateral coordination mechanism");
		assertEquals(List.of("activates", "bcm"), f.fix().data());
	}

	@Test
	void bcmEarlyFiresWhenAnticipatedPlanHasNoStage() {
		MutualCooperationPlan p = fx.cooperationPlan("mcp");
		p.getSituations().add(SituationKind.SIASJ_ANTICIPATED);
		assertFires(fx, Rule.PLAN_BCM_EARLY, p, Literals.PLAN__READINESS_STAGES, "mcp", "anticipated");
	}

	@Test
	void bcmEarlyQuietWhenStageStartsBcm() {
		MutualCooperationPlan p = fx.cooperationPlan("mcp");
		p.getSituations().add(SituationKind.SIASJ_ANTICIPATED);
		fx.stage(p, "early", SituationKind.SIASJ_ANTICIPATED);
		assertQuiet(fx, Rule.PLAN_BCM_EARLY);
	}

	@Test
	void intelSecurityFiresForEachMissingMarking() {
		IntelligenceProduct ip = Fixture.F.createIntelligenceProduct();
		ip.setName("orderOfBattle");
		ip.setProducer(fx.usf);
		fx.model.getIntelligenceProducts().add(ip);
		List<Finding> fs = fx.findings(Rule.PLAN_INTEL_SECURITY);
		assertEquals(List.of(Literals.PLAN_ELEMENT__CLASSIFICATION, Literals.PLAN_ELEMENT__RELEASABILITY,
				Literals.INTELLIGENCE_PRODUCT__SECURITY_RESPONSIBILITY), fs.stream().map(Finding::feature).toList());
		fs.forEach(f -> assertTrue(f.message().contains("orderOfBattle")));
		assertEquals(List.of("securityResponsibility", "UNITED_STATES"), fs.get(2).fix().data());
	}

	@Test
	void intelSecurityQuietWhenMarked() {
		IntelligenceProduct ip = Fixture.F.createIntelligenceProduct();
		ip.setClassification(Classification.SECRET);
		ip.setReleasability(Releasability.RELEASABLE_TO_BOTH);
		ip.setSecurityResponsibility(Government.JAPAN);
		fx.model.getIntelligenceProducts().add(ip);
		assertQuiet(fx, Rule.PLAN_INTEL_SECURITY);
	}

	@Test
	void reportingFiresWhenMilestoneSkipsSdc() {
		BilateralDefensePlan p = fx.defensePlan("bdp");
		Milestone m = p.getMilestones().get(0);
		m.getReportsTo().remove(BodyKind.SDC);
		Finding f = assertFires(fx, Rule.PLAN_REPORTING, m, Literals.MILESTONE__REPORTS_TO, "SDC");
		assertEquals(List.of("reportsTo", "SDC"), f.fix().data());
	}

	@Test
	void reportingFiresWithoutMilestones() {
		BilateralDefensePlan p = fx.defensePlan("bdp");
		p.getMilestones().clear();
		assertFires(fx, Rule.PLAN_REPORTING, p, Literals.PLAN__MILESTONES, "bdp", "milestone");
	}

	@Test
	void reportingQuietWhenReportingToBoth() {
		fx.defensePlan("bdp");
		assertQuiet(fx, Rule.PLAN_REPORTING);
	}

	@Test
	void comprehensiveAgenciesFiresWithForcesOnly() {
		fx.cm.getParticipants().remove(fx.cabinet);
		assertFires(fx, Rule.PLAN_COMPREHENSIVE_AGENCIES, fx.cm, Literals.MECHANISM__PARTICIPANTS, "comprehensive",
				"relevant agenc");
	}

	@Test
	void comprehensiveAgenciesQuietWithAgency() {
		assertQuiet(fx, Rule.PLAN_COMPREHENSIVE_AGENCIES);
	}
}
