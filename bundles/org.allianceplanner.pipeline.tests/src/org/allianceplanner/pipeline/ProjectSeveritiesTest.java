package org.allianceplanner.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.allianceplanner.validation.Rule;
import org.allianceplanner.validation.Severity;
import org.allianceplanner.validation.settings.SettingsFile;
import org.junit.jupiter.api.Test;

class ProjectSeveritiesTest {

	private static final List<String> FILE = List.of("# Project settings", "severity.PLAN-REPORTING = warning",
			"docgen.audience = japan", "", "severity.ROLE-BMD: ignore", "# end");

	@Test
	void theSeverityLinesAreShownAsRuleIdEqualsSeverity() {
		assertEquals("PLAN-REPORTING=warning\nROLE-BMD=ignore\n", ProjectSeverities.toText(FILE));
	}

	@Test
	void updateKeepsOtherLinesAndCommentsInPlace() throws Exception {
		List<String> updated = ProjectSeverities.update(FILE,
				ProjectSeverities.parse("PLAN-REPORTING=error\nPREMISE-NO-OBLIGATION=info\n"));
		assertEquals(List.of("# Project settings", "severity.PLAN-REPORTING = error", "docgen.audience = japan", "",
				"# end", "severity.PREMISE-NO-OBLIGATION = info"), updated);
		// what the page writes is what the command reads
		assertEquals(Severity.ERROR, SettingsFile.parse("alliance.properties", updated).severityOf(Rule.PLAN_REPORTING));
		assertEquals(Severity.INFO,
				SettingsFile.parse("alliance.properties", updated).severityOf(Rule.PREMISE_NO_OBLIGATION));
	}

	@Test
	void badLinesAreRefusedWithTheirNumber() {
		assertEquals("Line 2: unknown rule ID 'NO-SUCH-RULE'", assertThrows(IllegalArgumentException.class,
				() -> ProjectSeverities.parse("PLAN-REPORTING=error\nNO-SUCH-RULE=error")).getMessage());
		assertEquals("Line 1: severity must be error, warning, info or ignore, found 'loud'",
				assertThrows(IllegalArgumentException.class, () -> ProjectSeverities.parse("PLAN-REPORTING=loud"))
						.getMessage());
		assertEquals(Map.of(), ProjectSeverities.parse("# nothing\n\n"));
	}
}
