package org.allianceplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.allianceplanner.validation.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alliance validate} and {@code alliance coverage} on the bundled examples and on broken copies. */
class ValidateAndCoverageCommandTest {

	private static final Path EXAMPLES = Path.of("../../examples");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Main().run(List.of(args), console);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** A copy of the examples where the U.S. takes primary responsibility for air defense. */
	private static Path brokenCopy(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".alliance")).toList()) {
				Files.copy(f, dir.resolve(f.getFileName()));
			}
		}
		Path defense = dir.resolve("defense-of-japan.alliance");
		String text = Files.readString(defense);
		int task = text.indexOf("task CounterAirAttack");
		int support = text.indexOf("FifthAirForce support", task);
		assertTrue(task >= 0 && support > task, "the example still has its counter-air task");
		Files.writeString(defense, text.substring(0, support) + "FifthAirForce primary responsibility"
				+ text.substring(support + "FifthAirForce support".length()));
		return dir;
	}

	@Test
	void bundledExamplesValidateClean() {
		assertEquals(ExitCode.OK, run("validate", "--fail-on", "warning", EXAMPLES.toString()), err());
		assertEquals("", out());
		assertTrue(err().contains("3 files checked: 0 errors, 0 warnings"), err());
	}

	@Test
	void ruleViolationIsReportedWithLineAndClause(@TempDir Path dir) throws IOException {
		brokenCopy(dir);
		assertEquals(ExitCode.ERRORS, run("validate", dir.toString()));
		assertTrue(out().lines().anyMatch(l -> l.matches(".*defense-of-japan\\.alliance:\\d+:\\d+: error: "
				+ "\\[ROLE-AIR-DEFENSE\\] FifthAirForce holds primary responsibility .* \\(IV\\.2\\(2\\)a\\)")), out());
	}

	@Test
	void xtextValidatorDelegatesToTheRulesWithCodeAndFixData(@TempDir Path dir) throws Exception {
		brokenCopy(dir);
		PlanLoader loader = new PlanLoader();
		List<Path> files = PlanFiles.expand(List.of(dir.toString()));
		java.util.Map<Path, List<org.eclipse.xtext.validation.Issue>> issues = loader.validate(loader.load(files));
		List<org.eclipse.xtext.validation.Issue> rule = issues.values().stream().flatMap(List::stream)
				.filter(i -> "ROLE-AIR-DEFENSE".equals(i.getCode())).toList();
		assertEquals(1, rule.size(), issues::toString);
		org.eclipse.xtext.validation.Issue issue = rule.get(0);
		assertEquals(org.eclipse.xtext.diagnostics.Severity.ERROR, issue.getSeverity());
		assertEquals(List.of("set-value", "role", "SUPPORT"), List.of(issue.getData()));
		assertTrue(issue.getMessage().startsWith("[ROLE-AIR-DEFENSE] FifthAirForce holds primary responsibility"));
		long others = issues.values().stream().flatMap(List::stream).filter(i -> i != issue).count();
		assertEquals(0, others, issues::toString);
	}

	/**
	 * The broken copy with a suppression of its ROLE-AIR-DEFENSE finding written into the counter-air task
	 * (after its implements line); returns the suppression's line (1-based).
	 */
	private static int suppressInCounterAirTask(Path dir, String suppression) throws IOException {
		brokenCopy(dir);
		Path defense = dir.resolve("defense-of-japan.alliance");
		String text = Files.readString(defense);
		int task = text.indexOf("task CounterAirAttack");
		int after = text.indexOf('\n', text.indexOf("implements IV.2(2)a", task)) + 1;
		Files.writeString(defense, text.substring(0, after) + "\t\t" + suppression + "\n" + text.substring(after));
		return (int) text.substring(0, after).chars().filter(c -> c == '\n').count() + 1;
	}

	@Test
	void suppressionInTheSourceSilencesTheFindingAndIsListed(@TempDir Path dir) throws IOException {
		int line = suppressInCounterAirTask(dir,
				"suppress ROLE-AIR-DEFENSE because \"exercise scenario: U.S. Forces lead by bilateral agreement\"");
		assertEquals(ExitCode.OK, run("validate", dir.toString()), err());
		assertEquals(List.of("defense-of-japan.alliance:" + line + ":3: suppressed: [ROLE-AIR-DEFENSE] 1 finding silenced; "
				+ "reason: exercise scenario: U.S. Forces lead by bilateral agreement"),
				out().lines().map(l -> l.substring(l.lastIndexOf(java.io.File.separatorChar) + 1)).toList(), out());
		assertTrue(err().contains("0 errors, 0 warnings, 1 suppressed"), err());

		out.reset();
		assertEquals(ExitCode.OK, run("validate", "--format", "json", dir.toString()), err());
		String json = out();
		assertTrue(json.contains("\"errors\": 0"), json);
		assertTrue(json.matches("(?s).*\"suppressions\": \\[\\s*\\{\\s*\"ruleId\": \"ROLE-AIR-DEFENSE\",\\s*"
				+ "\"reason\": \"exercise scenario: U.S. Forces lead by bilateral agreement\".*\"line\": " + line
				+ ",\\s*\"column\": 3,\\s*\"silenced\": 1.*"), json);
		assertTrue(json.contains("\"suppressionReason\": \"exercise scenario"), json);

		out.reset();
		assertEquals(ExitCode.OK, run("validate", "--format", "sarif", dir.toString()), err());
		String sarif = out();
		assertTrue(sarif.contains("\"ruleId\": \"ROLE-AIR-DEFENSE\""), sarif);
		assertTrue(sarif.contains("\"kind\": \"inSource\""), sarif);
		assertTrue(sarif.contains("\"justification\": \"exercise scenario: U.S. Forces lead by bilateral agreement\""),
				sarif);
	}

	@Test
	void suppressionWithoutReasonIsAnErrorAtItsLine(@TempDir Path dir) throws IOException {
		int line = suppressInCounterAirTask(dir, "suppress ROLE-AIR-DEFENSE");
		assertEquals(ExitCode.ERRORS, run("validate", dir.toString()));
		String prefix = "defense-of-japan.alliance:" + line + ":3: error: [SUPPRESSION-REASON] suppression of ROLE-AIR-DEFENSE";
		assertTrue(out().lines().anyMatch(l -> l.contains(prefix)), out());
		// A suppression without a reason suppresses nothing.
		assertTrue(out().contains("error: [ROLE-AIR-DEFENSE]"), out());
		assertTrue(out().lines().anyMatch(l -> l.endsWith("defense-of-japan.alliance:" + line
				+ ":3: suppressed: [ROLE-AIR-DEFENSE] 0 findings silenced; reason: (none)")), out());
	}

	@Test
	void suppressionOfAnUnknownRuleIsAWarningOnTheRuleId(@TempDir Path dir) throws IOException {
		int line = suppressInCounterAirTask(dir, "suppress ROLE-AIR-DEFENCE because \"spelt the British way\"");
		assertEquals(ExitCode.ERRORS, run("validate", dir.toString()));
		assertTrue(out().lines().anyMatch(l -> l.contains("defense-of-japan.alliance:" + line
				+ ":12: warning: [SUPPRESSION-UNKNOWN-RULE] suppression names 'ROLE-AIR-DEFENCE'")), out());
	}

	@Test
	void fileLevelSuppressionCoversTheWholeFile(@TempDir Path dir) throws IOException {
		brokenCopy(dir);
		Path defense = dir.resolve("defense-of-japan.alliance");
		Files.writeString(defense, Files.readString(defense)
				+ "\nsuppress ROLE-AIR-DEFENSE because \"whole file reviewed by the SDC\"\n");
		assertEquals(ExitCode.OK, run("validate", dir.toString()), err());
		assertTrue(out().contains("suppressed: [ROLE-AIR-DEFENSE] 1 finding silenced; reason: whole file reviewed by the SDC"),
				out());
	}

	@Test
	void sarifHasEveryRuleAndTheResult(@TempDir Path dir) throws IOException {
		brokenCopy(dir);
		assertEquals(ExitCode.ERRORS, run("validate", "--format", "sarif", dir.toString()));
		String sarif = out();
		assertTrue(sarif.contains("\"version\": \"2.1.0\""));
		for (Rule r : Rule.values()) {
			assertTrue(sarif.contains("\"id\": \"" + r.id() + "\""), r.id());
		}
		assertTrue(sarif.contains("\"ruleId\": \"ROLE-AIR-DEFENSE\""));
		assertTrue(sarif.contains("\"startLine\": "));
	}

	@Test
	void projectSettingsAndFailOn(@TempDir Path dir) throws IOException {
		brokenCopy(dir);
		Files.writeString(dir.resolve("alliance.properties"), "severity.ROLE-AIR-DEFENSE = warning\n");
		assertEquals(ExitCode.OK, run("validate", "--format", "json", dir.toString()));
		assertTrue(out().contains("\"severity\": \"warning\""), out());
		assertEquals(ExitCode.ERRORS, run("validate", "--format", "json", "--fail-on", "warning", dir.toString()));
	}

	@Test
	void badSettingsAndOptionsAreUsageErrors(@TempDir Path dir) throws IOException {
		brokenCopy(dir);
		Files.writeString(dir.resolve("alliance.properties"), "# settings\nseverity.ROLE-AIR-DEFENSE = sometimes\n");
		assertEquals(ExitCode.USAGE, run("validate", dir.toString()));
		assertTrue(err().contains("alliance.properties:2: severity of ROLE-AIR-DEFENSE is 'sometimes'"), err());
		assertEquals(ExitCode.USAGE, run("validate", "--format", "xml", EXAMPLES.toString()));
		assertEquals(ExitCode.USAGE, run("validate", "--fail-on", "sometimes", EXAMPLES.toString()));
	}

	@Test
	void coverageOfTheExamples() {
		assertEquals(ExitCode.OK, run("coverage", EXAMPLES.toString()), err());
		String text = out();
		assertTrue(text.lines().anyMatch(l -> l.matches("  covered +Annex\\.3\\.b .*")), text);
		assertTrue(text.lines().anyMatch(l -> l.matches("  n/a +I .*states the aim.*")), text);
		assertTrue(text.lines().noneMatch(l -> l.startsWith("  unknown")), text);
		// III.2 through the peace cooperation procedures and tasks of the mutual cooperation plan.
		assertTrue(text.lines().anyMatch(l -> l.matches("  covered +III\\.2 .*(PeaceCooperationProcedures|PeacekeepingMutualSupport|HumanitarianReliefCooperation).*")), text);
		// Full coverage: every plannable clause and Annex row, nothing open.
		java.util.regex.Matcher summary = java.util.regex.Pattern
				.compile("(?m)^(\\d+) of (\\d+) plannable clauses and Annex rows covered$").matcher(text);
		assertTrue(summary.find(), text);
		assertEquals(summary.group(2), summary.group(1), text);
		assertEquals(ExitCode.OK, run("coverage", "--format", "json", EXAMPLES.toString()));
		assertTrue(out().contains("\"clauses\": ["));
	}
}
