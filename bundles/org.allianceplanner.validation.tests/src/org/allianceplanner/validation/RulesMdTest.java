package org.allianceplanner.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The rule catalog that the code cites, docs/RULES.md, and the {@link Rule} enumeration agree: the same rules,
 * each from the same clauses with the same default severity.
 */
class RulesMdTest {

	/** The tests run in the bundle's folder (Tycho's default), two levels below the repository. */
	private static final Path RULES_MD = Path.of("../../docs/RULES.md");

	private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]+(?:-[A-Z]+)+) \\| ([^|]+) \\| (error|warning|info) \\|");

	@Test
	void everyRuleOfDocsRulesMdIsInTheCatalogWithItsClauseAndSeverity() throws IOException {
		assertTrue(Files.isRegularFile(RULES_MD), RULES_MD.toAbsolutePath() + " is missing");
		Map<String, String[]> documented = new LinkedHashMap<>();
		for (String line : Files.readAllLines(RULES_MD, StandardCharsets.UTF_8)) {
			Matcher m = ROW.matcher(line);
			if (m.find()) {
				documented.put(m.group(1), new String[] { m.group(2).strip(), m.group(3) });
			}
		}
		// The catalog's own rules about suppressions cite no clause ("-") and are not rules of the Guidelines.
		long guidelinesRules = Arrays.stream(Rule.values()).filter(r -> !"-".equals(r.clause())).count();
		assertEquals(guidelinesRules, documented.size(), "rules in docs/RULES.md: " + documented.keySet());
		documented.forEach((id, row) -> {
			Rule rule = Rule.byId(id);
			assertNotNull(rule, id + " of docs/RULES.md is not in the catalog");
			assertEquals(row[0], rule.clause(), id + ": clause");
			assertEquals(row[1], rule.defaultSeverity().name().toLowerCase(Locale.ROOT), id + ": severity");
		});
	}
}
