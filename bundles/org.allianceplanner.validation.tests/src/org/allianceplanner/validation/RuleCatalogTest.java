package org.allianceplanner.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceplanner.validation.internal.rules.ElementRule;
import org.allianceplanner.validation.internal.rules.IndexRule;
import org.allianceplanner.validation.internal.rules.RuleSet;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {

	/** The IDs of docs/RULES.md (RulesMdTest reads the file itself and compares clauses and severities). */
	static final List<String> RULES_MD = List.of("PREMISE-DEFENSIVE", "PREMISE-NONNUCLEAR", "PREMISE-SIASJ-NONCOMBAT",
			"PREMISE-INTL-LAW-SANCTIONS", "PREMISE-INTL-LAW-CONSENT", "PREMISE-NO-OBLIGATION", "PREMISE-JAPANESE-LAW",
			"PREMISE-TREATY-UNCHANGED", "ROLE-JAPAN-PRIMARY", "ROLE-AIR-DEFENSE", "ROLE-SEA-DEFENSE", "ROLE-INVASION",
			"ROLE-GUERRILLA", "ROLE-BMD", "ROLE-REINFORCEMENT-BASIS", "ROLE-LOGISTICS", "SIASJ-REFUGEES",
			"SIASJ-SAR-AREA", "SIASJ-NEO-OWN-NATIONALS", "SIASJ-REAR-AREA-LOCATION", "SIASJ-NO-WEAPONS-SUPPLY",
			"SIASJ-MINESWEEPING-AREA", "PLAN-READINESS-MUTUAL", "PLAN-STANDARDS-COMPLETE", "PLAN-PROCEDURES-COMPLETE",
			"PLAN-BCM-EARLY", "PLAN-CONSISTENT", "PLAN-INTEL-SECURITY", "PLAN-REPORTING", "PLAN-COMPREHENSIVE-AGENCIES");

	@Test
	void everyRuleOfRulesMdIsInTheCatalogWithItsSeverity() {
		for (String id : RULES_MD) {
			assertNotNull(Rule.byId(id), id);
		}
		assertEquals(Severity.WARNING, Rule.byId("ROLE-BMD").defaultSeverity());
		assertEquals(Severity.ERROR, Rule.byId("PLAN-CONSISTENT").defaultSeverity());
		assertEquals("IV.2(2)d.ii", Rule.byId("ROLE-BMD").clause());
	}

	@Test
	void everyCatalogRuleHasExactlyOneImplementation() {
		Set<Rule> implemented = EnumSet.noneOf(Rule.class);
		for (ElementRule<?> r : RuleSet.elementRules()) {
			assertFalse(!implemented.add(r.rule()), "two implementations of " + r.rule());
		}
		for (IndexRule r : RuleSet.indexRules()) {
			assertFalse(!implemented.add(r.rule()), "two implementations of " + r.rule());
		}
		assertEquals(EnumSet.allOf(Rule.class), implemented);
	}

	@Test
	void idsAreUniqueAndEveryRuleHasTitleAndHelp() {
		assertEquals(Rule.values().length, Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet()).size());
		for (Rule r : Rule.values()) {
			assertFalse(r.title().isBlank(), r.id());
			assertFalse(r.help().isBlank(), r.id());
			assertFalse(r.clause().isBlank(), r.id());
		}
	}
}
