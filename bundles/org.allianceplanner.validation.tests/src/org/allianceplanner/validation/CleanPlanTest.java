package org.allianceplanner.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.junit.jupiter.api.Test;

/** A complete pair of plans that every rule accepts: no rule fires where it should not. */
class CleanPlanTest {

	static Fixture cleanPlans() {
		Fixture fx = new Fixture();
		BilateralDefensePlan bdp = fx.defensePlan("bdp");
		bdp.getSituations().add(SituationKind.ARMED_ATTACK_IMMINENT);
		fx.stage(bdp, "imminent", SituationKind.ARMED_ATTACK_IMMINENT);
		Task air = fx.task(bdp, "counterAir", TaskKind.AIR_DEFENSE);
		fx.assign(air, fx.jsdf, RoleKind.PRIMARY);
		fx.assign(air, fx.usf, RoleKind.SUPPORT);
		MutualCooperationPlan mcp = fx.cooperationPlan("mcp");
		mcp.getSituations().add(SituationKind.SIASJ_ANTICIPATED);
		fx.stage(mcp, "anticipated", SituationKind.SIASJ_ANTICIPATED);
		mcp.getConcurrentWith().add(bdp);
		Task sweep = fx.task(mcp, "sweep", TaskKind.MINESWEEPING);
		sweep.getAreas().add(fx.highSeas);
		fx.assign(sweep, fx.jmsdf, RoleKind.PRIMARY);
		return fx;
	}

	@Test
	void completePlansValidateClean() {
		ValidationResult r = cleanPlans().validate();
		assertEquals(List.of(), r.all());
		assertTrue(r.suppressions().isEmpty());
		assertTrue(!FailOn.WARNING.fails(r));
	}
}
