package org.allianceplanner.model.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.Clause;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.model.guidelines.SupportField;
import org.allianceplanner.model.library.GuidelinesLibrary;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.Classification;
import org.allianceplanner.model.plan.LegalBasis;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.Releasability;
import org.allianceplanner.model.plan.SupplyItem;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanXmiTest {

	private static final PlanFactory F = PlanFactory.eINSTANCE;

	@TempDir
	Path dir;

	/** A small plan using containment, cross references, enums, multi-valued attributes and clause citations. */
	private static PlanModel samplePlan(ResourceSet resourceSet) {
		GuidelinesLibrary library = GuidelinesLibrary.load(resourceSet);
		PlanModel model = F.createPlanModel();
		model.setName("sample.plans");
		Party jmsdf = F.createParty();
		jmsdf.setName("JMSDF");
		jmsdf.setGovernment(Government.JAPAN);
		jmsdf.setKind(PartyKind.SDF_MARITIME);
		Party usn = F.createParty();
		usn.setName("USN");
		usn.setGovernment(Government.UNITED_STATES);
		usn.setKind(PartyKind.US_FORCES_MARITIME);
		model.getParties().add(jmsdf);
		model.getParties().add(usn);
		Area sea = F.createArea();
		sea.setName("highSeas");
		sea.setKind(AreaKind.HIGH_SEAS_AROUND_JAPAN);
		model.getAreas().add(sea);
		SupplyItem fuel = F.createSupplyItem();
		fuel.setName("fuel");
		fuel.setCategory(SupplyCategory.POL);
		model.getSupplyItems().add(fuel);
		LegalBasis law = F.createLegalBasis();
		law.setName("law");
		law.setKind(LegalBasisKind.JAPANESE_LAW);
		law.setReference("Law concerning measures in situations in areas surrounding Japan");
		model.getLegalBases().add(law);
		MutualCooperationPlan plan = F.createMutualCooperationPlan();
		plan.setName("mcp");
		plan.setTitle("Mutual cooperation plan \u2014 \"Sea lanes\" & <ports>");
		plan.setClassification(Classification.SECRET);
		plan.setReleasability(Releasability.RELEASABLE_TO_BOTH);
		plan.getSituations().add(SituationKind.SIASJ_ANTICIPATED);
		plan.getSituations().add(SituationKind.SIASJ_RESPONSE);
		plan.getImplements().add(library.findClause("VI.1(1)").orElseThrow());
		model.getPlans().add(plan);
		ReadinessStage stage = F.createReadinessStage();
		stage.setName("stage1");
		stage.setLevel(1);
		stage.setSituation(SituationKind.SIASJ_ANTICIPATED);
		plan.getReadinessStages().add(stage);
		Task task = F.createTask();
		task.setName("refuel");
		task.setKind(TaskKind.REAR_AREA_SUPPORT);
		task.setField(SupportField.SUPPLY);
		task.getAreas().add(sea);
		task.getStages().add(stage);
		task.getSupplies().add(fuel);
		task.getRecipients().add(usn);
		task.getLegalBases().add(law);
		task.getImplements().add(library.find("Annex.2.b.i.1").orElseThrow());
		Assignment assignment = F.createAssignment();
		assignment.setParty(jmsdf);
		assignment.setRole(RoleKind.PRIMARY);
		task.getAssignments().add(assignment);
		plan.getTasks().add(task);
		return model;
	}

	@Test
	void roundTripKeepsEverything() throws Exception {
		ResourceSet original = PlanXmi.newResourceSet();
		PlanModel model = samplePlan(original);
		Path file = dir.resolve("sample.planxmi");
		PlanXmi.save(model, file, false);
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("guidelines:/1997#VI.1(1)"), "clauses are referenced by identifier: " + xml);

		PlanModel loaded = PlanXmi.load(file);
		assertTrue(EcoreUtil.equals(model, loaded), "loaded model equals the saved one");
		Task task = loaded.getPlans().get(0).getTasks().get(0);
		assertSame(loaded.getAreas().get(0), task.getAreas().get(0), "cross references resolve inside the file");
		assertEquals("Annex.2.b.i.1", task.getImplements().get(0).getName());
		assertFalse(task.getImplements().get(0).eIsProxy());
		assertEquals("Mutual cooperation plan \u2014 \"Sea lanes\" & <ports>", loaded.getPlans().get(0).getTitle());

		Path again = dir.resolve("again.planxmi");
		PlanXmi.save(loaded, again, false);
		assertEquals(xml, Files.readString(again, StandardCharsets.UTF_8), "saving is stable");
	}

	@Test
	void savingRefusesToOverwriteUnlessAsked() throws Exception {
		Path file = dir.resolve("mine.planxmi");
		Files.writeString(file, "precious");
		PlanModel model = samplePlan(PlanXmi.newResourceSet());
		assertThrows(FileAlreadyExistsException.class, () -> PlanXmi.save(model, file, false));
		assertEquals("precious", Files.readString(file));
		PlanXmi.save(model, file, true);
		assertTrue(Files.readString(file).contains("plan:PlanModel"));
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void externalEntitiesAreNotRead() throws IOException {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		Path file = dir.resolve("evil.planxmi");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<!DOCTYPE plan:PlanModel [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
				+ "<plan:PlanModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:plan=\"http://www.allianceplanner.org/plan/1.0\" name=\"&xxe;\"/>\n");
		PlanXmiException e = assertThrows(PlanXmiException.class, () -> PlanXmi.load(file));
		assertEquals(2, e.getLine(), e.getMessage());
		assertTrue(e.getMessage().startsWith(file.toString() + ":2"), e.getMessage());
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
		assertFalse(e.getMessage().contains("TOP-SECRET-CONTENT"));
	}

	@Test
	void badXmlNamesFileAndLine() throws IOException {
		Path file = dir.resolve("broken.planxmi");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<plan:PlanModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:plan=\"http://www.allianceplanner.org/plan/1.0\">\n"
				+ "  <parties name=\"x\">\n"
				+ "</plan:PlanModel>\n");
		PlanXmiException e = assertThrows(PlanXmiException.class, () -> PlanXmi.load(file));
		assertEquals(4, e.getLine(), e.getMessage());
		assertTrue(e.getMessage().startsWith(file.toString() + ":4"), e.getMessage());
	}

	@Test
	void unknownClauseIsReported() throws IOException {
		Path file = dir.resolve("dangling.planxmi");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<plan:PlanModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:plan=\"http://www.allianceplanner.org/plan/1.0\">\n"
				+ "  <plans xsi:type=\"plan:BilateralDefensePlan\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" name=\"p\">\n"
				+ "    <implements xsi:type=\"guidelines:Clause\" xmlns:guidelines=\"http://www.allianceplanner.org/guidelines/1.0\" href=\"guidelines:/1997#IV.9(9)z\"/>\n"
				+ "  </plans>\n"
				+ "</plan:PlanModel>\n");
		PlanXmiException e = assertThrows(PlanXmiException.class, () -> PlanXmi.load(file));
		assertTrue(e.getMessage().contains("IV.9(9)z"), e.getMessage());
	}

	@Test
	void missingFileIsReported() {
		PlanXmiException e = assertThrows(PlanXmiException.class, () -> PlanXmi.load(dir.resolve("none.planxmi")));
		assertTrue(e.getMessage().contains("none.planxmi"), e.getMessage());
	}

	@Test
	void clauseReferencesResolveToTheLibrary() throws Exception {
		ResourceSet resourceSet = PlanXmi.newResourceSet();
		PlanModel model = samplePlan(resourceSet);
		Path file = dir.resolve("refs.planxmi");
		PlanXmi.save(model, file, false);
		ResourceSet other = PlanXmi.newResourceSet();
		PlanModel loaded = PlanXmi.load(other, file);
		Clause clause = (Clause) loaded.getPlans().get(0).getImplements().get(0);
		assertSame(other, clause.eResource().getResourceSet());
		assertEquals("Bilateral Defense Planning and Mutual Cooperation Planning", clause.getTitle());
	}
}
