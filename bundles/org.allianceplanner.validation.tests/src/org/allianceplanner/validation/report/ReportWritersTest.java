package org.allianceplanner.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.model.guidelines.BodyKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.Measure;
import org.allianceplanner.model.plan.MeasureKind;
import org.allianceplanner.model.plan.Modality;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.testing.CompliantPlans;
import org.allianceplanner.testing.GoldenFile;
import org.allianceplanner.testing.PlanBuilder;
import org.allianceplanner.validation.PlanValidator;
import org.allianceplanner.validation.Rule;
import org.allianceplanner.validation.ValidationResult;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The three report formats on one result: an error with a fix, a warning, and a suppressed finding. The SARIF
 * output is compared with a golden file and validated against the SARIF 2.1.0 JSON schema
 * (sarif-2.1.0-rtm.5.json, as shipped in the npm package @microsoft/jest-sarif 1.0.0-beta.0).
 */
class ReportWritersTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Positions like a text editor's: the element's order in its file as line, column 5 for a feature. */
	static final LocationProvider LINES = (element, feature) -> {
		EObject root = EcoreUtil.getRootContainer(element);
		int line = 1;
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext(); line++) {
			if (it.next() == element) {
				break;
			}
		}
		return new SourceLocation("plans/main.alliance", line + 1, feature == null ? 1 : 5);
	};

	/** A pair of plans every rule accepts. */
	static ValidationResult cleanResult() {
		return new PlanValidator().validate(CompliantPlans.pairOfPlans().resourceSet());
	}

	static ValidationResult sample() {
		CompliantPlans fx = new CompliantPlans();
		BilateralDefensePlan bdp = fx.defensePlan("bdp");
		Task t = fx.task(bdp, "counterAir", TaskKind.AIR_DEFENSE);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		fx.assign(t, fx.usf(), RoleKind.PRIMARY);
		Measure m = PlanBuilder.F.createMeasure();
		m.setName("emergencyBudget");
		m.setGovernment(Government.JAPAN);
		m.setKind(MeasureKind.BUDGETARY);
		m.setModality(Modality.OBLIGES);
		bdp.getMeasures().add(m);
		bdp.getMilestones().get(0).getReportsTo().remove(BodyKind.SDC);
		bdp.getSuppressions().add(PlanBuilder.suppression("PLAN-REPORTING", "the SDC is briefed by the SCC secretariat"));
		return new PlanValidator().validate(fx.resourceSet());
	}

	@Test
	void textReportUsesCompilerConvention() {
		String text = new TextReportWriter().toString(sample(), LINES);
		List<String> lines = text.lines().toList();
		assertEquals(4, lines.size(), text);
		String error = line(lines, "[ROLE-AIR-DEFENSE]");
		assertTrue(error.matches("plans/main\\.alliance:\\d+:5: error: \\[ROLE-AIR-DEFENSE\\] usf holds primary "
				+ "responsibility in air defense task counterAir; .* \\(IV\\.2\\(2\\)a\\)"), error);
		String warning = line(lines, "[PREMISE-NO-OBLIGATION]");
		assertTrue(warning.matches("plans/main\\.alliance:\\d+:5: warning: \\[PREMISE-NO-OBLIGATION\\] .* \\(II\\.4\\)"),
				warning);
		assertTrue(lines.get(2).endsWith(": suppressed: [PLAN-REPORTING] 1 finding silenced; reason: the SDC is briefed by the SCC secretariat"),
				lines.get(2));
		assertEquals("1 error, 1 warning, 0 infos, 1 suppressed", lines.get(3));
	}

	private static String line(List<String> lines, String marker) {
		return lines.stream().filter(l -> l.contains(marker)).findFirst().orElseThrow(() -> new AssertionError(marker));
	}

	@Test
	void jsonReportCarriesFindingsFixesAndSuppressions() throws Exception {
		JsonNode root = JSON.readTree(new JsonReportWriter().toString(sample(), LINES));
		assertEquals(1, root.path("summary").path("errors").asInt());
		assertEquals(1, root.path("summary").path("warnings").asInt());
		assertEquals(1, root.path("summary").path("suppressed").asInt());
		JsonNode first = null;
		for (JsonNode f : root.path("findings")) {
			if (f.path("ruleId").asText().equals("ROLE-AIR-DEFENSE")) {
				first = f;
			}
		}
		assertNotNull(first);
		assertEquals("ROLE-AIR-DEFENSE", first.path("ruleId").asText());
		assertEquals("error", first.path("severity").asText());
		assertEquals("IV.2(2)a", first.path("clause").asText());
		assertEquals("role", first.path("feature").asText());
		assertEquals("set-value", first.path("fix").path("kind").asText());
		assertEquals("SUPPORT", first.path("fix").path("data").get(1).asText());
		assertTrue(first.path("element").asText().startsWith("plans/main.planxmi#"));
		assertEquals("PLAN-REPORTING", root.path("suppressed").get(0).path("ruleId").asText());
		assertEquals("the SDC is briefed by the SCC secretariat", root.path("suppressions").get(0).path("reason").asText());
	}

	@Test
	void sarifMatchesTheGoldenFile() throws Exception {
		String actual = new SarifReportWriter().toString(sample(), LINES);
		GoldenFile.beside(ReportWritersTest.class, "golden.sarif.json").assertMatches(actual);
	}

	@Test
	void sarifIsValidAgainstTheSarif210Schema() throws Exception {
		JsonSchema schema = sarifSchema();
		for (ValidationResult r : List.of(sample(), cleanResult())) {
			Set<ValidationMessage> errors = schema.validate(JSON.readTree(new SarifReportWriter().toString(r, LINES)));
			assertEquals(Set.of(), errors);
			Set<ValidationMessage> noLines = schema.validate(
					JSON.readTree(new SarifReportWriter().toString(r, LocationProvider.RESOURCE_ONLY)));
			assertEquals(Set.of(), noLines);
		}
	}

	@Test
	void schemaCheckRejectsBrokenSarif() throws Exception {
		ObjectNode log = (ObjectNode) JSON.readTree(new SarifReportWriter().toString(sample(), LINES));
		((ObjectNode) log.path("runs").get(0).path("results").get(0)).put("level", "fatal");
		assertFalse(sarifSchema().validate(log).isEmpty(), "the schema check must notice an invalid level");
	}

	@Test
	void sarifDescribesEveryCatalogRule() throws Exception {
		JsonNode rules = JSON.readTree(new SarifReportWriter().toString(cleanResult(), LINES)).path("runs")
				.get(0).path("tool").path("driver").path("rules");
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < rules.size(); i++) {
			JsonNode r = rules.get(i);
			Rule rule = Rule.values()[i];
			assertEquals(rule.id(), r.path("id").asText(), "ruleIndex order is the catalog order");
			assertEquals(rule.clause(), r.path("properties").path("clause").asText());
			assertEquals(rule.help(), r.path("fullDescription").path("text").asText());
			assertFalse(r.path("help").path("text").asText().isBlank());
			ids.add(r.path("id").asText());
		}
		assertEquals(Rule.values().length, ids.size());
	}

	private JsonSchema sarifSchema() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("sarif-2.1.0-rtm.5.json")) {
			assertNotNull(in, "SARIF schema resource");
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
		}
	}
}
