package org.allianceplanner.validation.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.library.GuidelinesLibrary;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.testing.CompliantPlans;
import org.allianceplanner.validation.coverage.Clause.Status;
import org.allianceplanner.validation.coverage.CoverageReport.How;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CoverageTest {

	private final CompliantPlans fx = new CompliantPlans();
	private final MutualCooperationPlan mcp = fx.cooperationPlan("mcp");

	private CoverageReport coverage() {
		ResourceSet rs = fx.resourceSet();
		return CoverageAnalyzer.analyze(org.allianceplanner.validation.PlanIndex.rootsOf(rs));
	}

	@Test
	void everyCatalogIdIsAnIdentifierOfTheBuiltInLibrary() {
		Set<String> library = Set.copyOf(GuidelinesLibrary.getDefault().getIdentifiers());
		for (Clause c : ClauseCatalog.all()) {
			assertTrue(library.contains(c.id()), c.id() + " is not in guidelines:/1997");
		}
	}

	@Test
	void minesweepingTaskCoversItsClauseAndAnnexRow() {
		Task sweep = fx.task(mcp, "sweep", TaskKind.MINESWEEPING);
		fx.assign(sweep, fx.jmsdf(), RoleKind.PRIMARY);
		CoverageReport r = coverage();
		assertTrue(r.isCovered("V.2(3)"));
		assertTrue(r.isCovered("Annex.3.b"));
		assertEquals(How.CONTENT, r.coveredBy().get("Annex.3.b").get(0).how());
		assertEquals("sweep", r.coveredBy().get("Annex.3.b").get(0).element());
		assertFalse(r.isCovered("Annex.3.c"));
		assertTrue(r.open().stream().anyMatch(c -> c.id().equals("Annex.3.c")));
	}

	@Test
	void implementsCitesLibraryClausesAndAnnexItems() {
		GuidelinesLibrary library = GuidelinesLibrary.load(fx.resourceSet());
		Task t = fx.task(mcp, "portSupport", TaskKind.OTHER);
		t.getImplements().add(library.find("IV.2(2)c").orElseThrow());
		t.getImplements().add(library.find("Annex.2.b.i.1").orElseThrow());
		CoverageReport r = coverage();
		assertEquals(How.IMPLEMENTS, r.coveredBy().get("IV.2(2)c").get(0).how());
		assertEquals(How.IMPLEMENTS, r.coveredBy().get("Annex.2.b.i").get(0).how());
		assertTrue(r.unknownReferences().isEmpty(), r.unknownReferences()::toString);
	}

	@Test
	void notPlannableClausesSayWhy() {
		CoverageReport r = coverage();
		Clause aim = ClauseCatalog.byId("I");
		assertEquals(Status.NOT_PLANNABLE, aim.status());
		assertTrue(aim.reason().contains("aim"));
		assertEquals(Status.NOT_PLANNABLE, ClauseCatalog.byId("VII").status());
		assertEquals(Status.ENFORCED, ClauseCatalog.byId("II.2").status());
		assertTrue(ClauseCatalog.byId("II.2").reason().contains("PREMISE-NONNUCLEAR"));
		assertFalse(r.open().contains(aim), "a clause that is not plannable is never open");
	}

	@Test
	void textAndJsonReports() throws Exception {
		Task sweep = fx.task(mcp, "sweep", TaskKind.MINESWEEPING);
		fx.assign(sweep, fx.jmsdf(), RoleKind.PRIMARY);
		CoverageReport r = coverage();
		StringBuilder text = new StringBuilder();
		CoverageWriters.writeText(r, text);
		List<String> lines = text.toString().lines().toList();
		assertTrue(lines.stream().anyMatch(l -> l.matches("  covered +V\\.2\\(3\\) +U\\.S\\.-Japan operational cooperation  <- sweep.*")),
				text::toString);
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("  n/a       I ") && l.contains("states the aim")), text::toString);
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("  OPEN      Annex.3.c")), text::toString);
		assertTrue(lines.get(lines.size() - 1).matches("\\d+ of \\d+ plannable clauses and Annex rows covered; open: .*"));

		StringBuilder json = new StringBuilder();
		CoverageWriters.writeJson(r, json);
		JsonNode root = new ObjectMapper().readTree(json.toString());
		assertEquals(r.coveredCount(), root.path("summary").path("covered").asLong());
		JsonNode first = root.path("clauses").get(0);
		assertEquals("I", first.path("id").asText());
		assertEquals("not-plannable", first.path("status").asText());
		assertFalse(first.path("reason").asText().isBlank());
	}
}
