package org.allianceplanner.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmokeTest {
	@Test
	void catalogHasIds() {
		assertEquals(Rule.PLAN_CONSISTENT, Rule.byId("PLAN-CONSISTENT"));
	}
}
