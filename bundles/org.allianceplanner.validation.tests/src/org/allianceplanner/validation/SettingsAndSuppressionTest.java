package org.allianceplanner.validation;

import static org.allianceplanner.validation.RuleAssertions.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allianceplanner.model.guidelines.BodyKind;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.Milestone;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Suppression;
import org.allianceplanner.testing.CompliantPlans;
import org.allianceplanner.testing.PlanBuilder;
import org.allianceplanner.validation.settings.SettingsFile;
import org.allianceplanner.validation.settings.SettingsFile.SettingsException;
import org.allianceplanner.validation.settings.ValidationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsAndSuppressionTest {

	private final CompliantPlans fx = new CompliantPlans();
	private final BilateralDefensePlan bdp = fx.defensePlan("bdp");
	private final Milestone milestone = bdp.getMilestones().get(0);

	SettingsAndSuppressionTest() {
		milestone.getReportsTo().remove(BodyKind.SDC); // PLAN-REPORTING, a warning by default
	}

	@Test
	void settingsFileRaisesAndSilencesRules() throws Exception {
		ValidationSettings s = SettingsFile.parse("alliance.properties",
				List.of("# project settings", "severity.PLAN-REPORTING = error", "", "severity.ROLE-BMD: ignore",
						"docgen.audience = JAPAN"));
		assertEquals(Severity.ERROR, s.severityOf(Rule.PLAN_REPORTING));
		assertEquals(Severity.IGNORE, s.severityOf(Rule.ROLE_BMD));
		assertEquals(Severity.ERROR, s.severityOf(Rule.PLAN_CONSISTENT));
		ValidationResult r = validate(fx, s);
		assertEquals(Severity.ERROR, r.of(Rule.PLAN_REPORTING).get(0).severity());
		assertTrue(FailOn.ERROR.fails(r));
	}

	@Test
	void ignoredRuleReportsNothing() {
		ValidationResult r = validate(fx, ValidationSettings.withOverrides(java.util.Map.of(Rule.PLAN_REPORTING, Severity.IGNORE)));
		assertTrue(r.all().isEmpty(), r.all()::toString);
	}

	@Test
	void badSettingsNameFileLineAndValue() {
		SettingsException e = assertThrows(SettingsException.class,
				() -> SettingsFile.parse("p/alliance.properties", List.of("", "severity.PLAN-REPORTING = loud")));
		assertEquals("p/alliance.properties:2: severity of PLAN-REPORTING is 'loud'; expected error, warning, info or ignore",
				e.getMessage());
		e = assertThrows(SettingsException.class,
				() -> SettingsFile.parse("p/alliance.properties", List.of("severity.NO-SUCH-RULE = error")));
		assertTrue(e.getMessage().startsWith("p/alliance.properties:1: unknown rule ID 'NO-SUCH-RULE'"), e.getMessage());
	}

	@Test
	void findWalksUpToTheProjectSettings(@TempDir Path project) throws Exception {
		Files.writeString(project.resolve(SettingsFile.FILE_NAME), "severity.PLAN-REPORTING=info\n");
		Path plans = Files.createDirectories(project.resolve("plans/north"));
		Path file = Files.writeString(plans.resolve("a.alliance"), "");
		assertEquals(Severity.INFO, SettingsFile.find(file).severityOf(Rule.PLAN_REPORTING));
		assertEquals(Severity.WARNING, SettingsFile.find(Files.createTempDirectory("other")).severityOf(Rule.PLAN_REPORTING));
	}

	@Test
	void suppressionWithReasonSilencesAndIsListed() {
		Suppression s = PlanBuilder.suppression("PLAN-REPORTING", "the SDC is briefed through the SCC secretariat");
		bdp.getSuppressions().add(s); // on the plan: covers its milestone
		ValidationResult r = validate(fx);
		assertTrue(r.active().isEmpty(), r.active()::toString);
		assertEquals(1, r.suppressed().size());
		assertSame(s, r.suppressed().get(0).suppression().suppression());
		assertEquals(1, r.suppressions().size());
		assertEquals("the SDC is briefed through the SCC secretariat", r.suppressions().get(0).reason());
		assertEquals(1, r.suppressions().get(0).silenced());
	}

	@Test
	void fileLevelSuppressionCoversTheWholeFile() {
		fx.model().getSuppressions().add(PlanBuilder.suppression("PLAN-REPORTING", "reporting is planned elsewhere"));
		assertTrue(validate(fx).active().isEmpty());
	}

	@Test
	void suppressionWithoutReasonIsAnErrorAndSuppressesNothing() {
		Suppression s = PlanBuilder.suppression("PLAN-REPORTING", "  ");
		milestone.getSuppressions().add(s);
		ValidationResult r = validate(fx);
		assertEquals(1, r.of(Rule.PLAN_REPORTING).size());
		Finding f = r.of(Rule.SUPPRESSION_REASON).get(0);
		assertEquals(Severity.ERROR, f.severity());
		assertSame(s, f.element());
		assertEquals(Literals.SUPPRESSION__REASON, f.feature());
		assertEquals(0, r.suppressions().get(0).silenced());
	}

	@Test
	void suppressionOfUnknownRuleIsAWarning() {
		Suppression s = PlanBuilder.suppression("PLAN-REPORTNG", "typo");
		bdp.getSuppressions().add(s);
		Finding f = validate(fx).of(Rule.SUPPRESSION_UNKNOWN_RULE).get(0);
		assertEquals(Severity.WARNING, f.severity());
		assertTrue(f.message().contains("PLAN-REPORTNG"));
		Suppression self = PlanBuilder.suppression("SUPPRESSION-REASON", "cannot silence the honesty check");
		bdp.getSuppressions().add(self);
		assertEquals(2, validate(fx).of(Rule.SUPPRESSION_UNKNOWN_RULE).size());
	}

	@Test
	void suppressionOfAnotherRuleDoesNotApply() {
		bdp.getSuppressions().add(PlanBuilder.suppression("ROLE-BMD", "no missile defense in this plan"));
		assertEquals(1, validate(fx).of(Rule.PLAN_REPORTING).size());
	}

	@Test
	void failOnThresholds() {
		ValidationResult warningOnly = validate(fx);
		assertTrue(!FailOn.ERROR.fails(warningOnly));
		assertTrue(FailOn.WARNING.fails(warningOnly));
		assertTrue(!FailOn.NEVER.fails(warningOnly));
		assertEquals(1, FailOn.WARNING.exitCode(warningOnly));
		assertEquals(FailOn.WARNING, FailOn.parse("Warning"));
		assertThrows(IllegalArgumentException.class, () -> FailOn.parse("fatal"));
	}
}
