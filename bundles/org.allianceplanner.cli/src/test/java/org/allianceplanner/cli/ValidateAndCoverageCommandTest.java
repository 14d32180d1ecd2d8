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
		assertTrue(out().endsWith("0 errors, 0 warnings, 0 infos, 0 suppressed\n"), out());
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
		assertEquals(ExitCode.OK, run("coverage", "--format", "json", EXAMPLES.toString()));
		assertTrue(out().contains("\"clauses\": ["));
	}
}
