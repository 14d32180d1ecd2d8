package org.allianceplanner.validation;

import static org.allianceplanner.validation.RuleAssertions.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.testing.CompliantPlans;
import org.junit.jupiter.api.Test;

/** A complete pair of plans that every rule accepts: no rule fires where it should not. */
class CleanPlanTest {

	@Test
	void completePlansValidateClean() {
		ValidationResult r = validate(CompliantPlans.pairOfPlans());
		assertEquals(List.of(), r.all());
		assertTrue(r.suppressions().isEmpty());
		assertTrue(!FailOn.WARNING.fails(r));
	}
}
