package org.allianceplanner.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.CommonProcedure;
import org.allianceplanner.model.plan.CommonProcedureKind;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.wording.Wording;
import org.allianceplanner.validation.internal.rules.Plans;
import org.junit.jupiter.api.Test;

/** Messages say enumeration values in the model's one wording, the words the plan is written in. */
class MessageWordingTest {

	@Test
	void messagesUseTheModelsWordingForEveryValue() {
		for (Class<? extends org.eclipse.emf.common.util.Enumerator> e : Wording.enumerations()) {
			Wording.of(e).forEach((value, words) -> assertEquals(words, Plans.words(value), value.getName()));
		}
		assertEquals("primary responsibility", Plans.words(RoleKind.PRIMARY));
	}

	@Test
	void aMissingProcedureIsNamedAsThePlanWouldWriteIt() {
		PlanFactory f = PlanFactory.eINSTANCE;
		PlanModel model = f.createPlanModel();
		BilateralDefensePlan plan = f.createBilateralDefensePlan();
		plan.setName("alpha");
		model.getPlans().add(plan);
		for (CommonProcedureKind k : List.of(CommonProcedureKind.COMMUNICATIONS,
				CommonProcedureKind.INTELLIGENCE_ACTIVITIES, CommonProcedureKind.LOGISTICS_SUPPORT,
				CommonProcedureKind.FRATRICIDE_PREVENTION, CommonProcedureKind.UNIT_OPERATIONS_CONTROL)) {
			CommonProcedure p = f.createCommonProcedure();
			p.setKind(k);
			plan.getProcedures().add(p);
		}
		String message = new PlanValidator().validate(List.of(model)).active().stream()
				.filter(x -> x.rule() == Rule.PLAN_PROCEDURES_COMPLETE).findFirst().orElseThrow().message();
		assertTrue(message.contains("has no common procedure for transmission of target information;"), message);
		assertTrue(message.contains(Wording.of(CommonProcedureKind.TARGET_INFORMATION)), message);
	}
}
