package org.allianceplanner.validation.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.allianceplanner.validation.Rule;
import org.junit.jupiter.api.Test;

/** The premises' rules in the coverage catalog are those of the rule catalog, which alone maps rules to clauses. */
class ClauseCatalogRulesTest {

	@Test
	void aPremiseIsEnforcedByEveryRuleThatCitesIt() {
		for (Clause c : ClauseCatalog.all()) {
			if (c.status() != Clause.Status.ENFORCED) {
				continue;
			}
			List<String> citing = Arrays.stream(Rule.values())
					.filter(r -> Arrays.stream(r.clause().split(",")).map(String::strip).anyMatch(c.id()::equals))
					.map(Rule::id).toList();
			assertTrue(!citing.isEmpty(), c.id());
			assertEquals("a premise, enforced by the rules " + String.join(", ", citing), c.reason(), c.id());
		}
	}

	@Test
	void theFourPremisesNameTheirRules() {
		assertEquals("a premise, enforced by the rules PREMISE-DEFENSIVE, PREMISE-NONNUCLEAR, PREMISE-SIASJ-NONCOMBAT",
				ClauseCatalog.byId("II.2").reason());
		assertEquals(List.of("II.1", "II.2", "II.3", "II.4"), ClauseCatalog.all().stream()
				.filter(c -> c.status() == Clause.Status.ENFORCED).map(Clause::id).collect(Collectors.toList()));
	}
}
