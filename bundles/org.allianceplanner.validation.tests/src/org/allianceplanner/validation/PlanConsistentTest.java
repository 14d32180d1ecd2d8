package org.allianceplanner.validation;

import static org.allianceplanner.validation.RuleAssertions.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.model.plan.Unit;
import org.allianceplanner.testing.CompliantPlans;
import org.junit.jupiter.api.Test;

/** PLAN-CONSISTENT across two plan files, through the index. */
class PlanConsistentTest {

	private final CompliantPlans fx = new CompliantPlans();
	private final PlanModel defenseFile = fx.file("plans/defense.planxmi");
	private final PlanModel cooperationFile = fx.file("plans/cooperation.planxmi");
	private final BilateralDefensePlan bdp = fx.defensePlan(defenseFile, "bdp");
	private final MutualCooperationPlan mcp = fx.cooperationPlan(cooperationFile, "mcp");
	private final Unit escorts = fx.builder().unit("escortFlotilla1", fx.jmsdf());
	private final Task defend = fx.task(bdp, "protectShips", TaskKind.PROTECTION_OF_SHIPS);
	private final Task sweep = fx.task(mcp, "sweepStrait", TaskKind.MINESWEEPING);

	PlanConsistentTest() {
		fx.assign(defend, fx.jmsdf(), RoleKind.PRIMARY);
		fx.assign(sweep, fx.jmsdf(), RoleKind.PRIMARY);
		sweep.getAreas().add(fx.waters());
		defend.getUses().add(escorts);
		sweep.getUses().add(escorts);
	}

	@Test
	void firesAcrossFilesWhenPlansCanRunAtOnce() {
		mcp.getConcurrentWith().add(bdp);
		List<Finding> fs = findings(fx, Rule.PLAN_CONSISTENT);
		assertEquals(1, fs.size(), fs::toString);
		Finding f = fs.get(0);
		assertEquals(Severity.ERROR, f.severity());
		assertSame(sweep, f.element());
		assertEquals(Literals.TASK__USES, f.feature());
		assertTrue(f.message().contains("escortFlotilla1"), f.message());
		assertTrue(f.message().contains("protectShips") && f.message().contains("sweepStrait"), f.message());
		assertTrue(f.message().contains("defense.planxmi"), f.message());
		assertTrue(f.elementUri().startsWith("plans/cooperation.planxmi#"), f.elementUri());
	}

	@Test
	void quietWhenPlansCannotRunAtOnce() {
		assertTrue(findings(fx, Rule.PLAN_CONSISTENT).isEmpty());
	}

	@Test
	void stageLevelConcurrencyNarrowsTheOverlap() {
		ReadinessStage b1 = fx.stage(bdp, "b1", SituationKind.ARMED_ATTACK_IMMINENT);
		ReadinessStage b2 = fx.stage(bdp, "b2", SituationKind.ARMED_ATTACK);
		ReadinessStage m1 = fx.stage(mcp, "m1", SituationKind.SIASJ_RESPONSE);
		m1.getConcurrentWith().add(b1); // only m1 and b1 can run at once
		defend.getStages().add(b2);
		sweep.getStages().add(m1);
		assertTrue(findings(fx, Rule.PLAN_CONSISTENT).isEmpty(), "b2 does not overlap m1");
		defend.getStages().add(b1);
		assertEquals(1, findings(fx, Rule.PLAN_CONSISTENT).size(), "b1 overlaps m1");
	}

	@Test
	void sharedStageFromAnotherFileOverlaps() {
		ReadinessStage shared = fx.stage(bdp, "sharedStage", SituationKind.ARMED_ATTACK_IMMINENT);
		ReadinessStage other = fx.stage(mcp, "m1", SituationKind.SIASJ_RESPONSE);
		other.getConcurrentWith().add(shared);
		defend.getStages().add(shared);
		sweep.getStages().add(shared); // a stage of the defense file used from the cooperation file
		assertEquals(1, findings(fx, Rule.PLAN_CONSISTENT).size());
	}

	@Test
	void readinessStageUsedFromAnotherFileIsReportedWithItsUsers() {
		ReadinessStage shared = fx.stage(bdp, "sharedStage", SituationKind.ARMED_ATTACK_IMMINENT);
		shared.getConcurrences().clear();
		sweep.getStages().add(shared);
		List<Finding> fs = findings(fx, Rule.PLAN_READINESS_MUTUAL);
		assertEquals(2, fs.size());
		assertTrue(fs.get(0).message().endsWith("(1 task in cooperation.planxmi takes place in this stage)"),
				fs.get(0).message());
	}

	@Test
	void sameCommitmentInBothPlansIsNoConflict() {
		mcp.getConcurrentWith().add(bdp);
		Task defendToo = fx.task(mcp, "protectShipsToo", TaskKind.PROTECTION_OF_SHIPS);
		sweep.getUses().clear();
		defendToo.getUses().add(escorts);
		fx.assign(defendToo, fx.jmsdf(), RoleKind.PRIMARY);
		assertTrue(findings(fx, Rule.PLAN_CONSISTENT).isEmpty());
	}
}
