package org.allianceplanner.diagram.interpreter;

import static org.allianceplanner.diagram.interpreter.Graphs.edge;
import static org.allianceplanner.diagram.interpreter.Graphs.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.allianceplanner.diagram.description.registry.DescriptionRegistry;
import org.allianceplanner.diagram.graph.ArrowHead;
import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramEdge;
import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.diagram.graph.LineStyle;
import org.allianceplanner.diagram.graph.NodeShape;
import org.allianceplanner.diagram.graph.RgbColor;
import org.allianceplanner.model.plan.PlanModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The six built-in diagrams interpret the examples (catalogue, defense of Japan, areas surrounding
 * Japan) into the graphs the Guidelines call for: concrete nodes, edges and styles.
 */
class BuiltInDiagramsTest {

	private static final String DOJ = "jpus.japandefense.DefenseOfJapan";
	private static List<PlanModel> examples;
	private static DescriptionRegistry registry;

	@BeforeAll
	static void load() {
		examples = Plans.folder(Plans.examples());
		registry = DescriptionRegistry.builtIn();
	}

	/** All optional layers on. */
	private static Diagram draw(String name) throws Exception {
		DiagramInterpreter interpreter = new DiagramInterpreter(registry.get(name));
		Set<String> layers = Set.copyOf(interpreter.description().getLayers().stream().map(l -> l.getName()).toList());
		return interpreter.interpret(Plans.roots(examples), DiagramParameters.defaults().withLayers(layers));
	}

	@Test
	void responsibilityGroupsThePartiesByGovernmentAndDrawsEachRoleInItsOwnLine() throws Exception {
		Diagram d = draw("Responsibility");
		DiagramNode japan = node(d, "Party#JAPAN");
		DiagramNode us = node(d, "Party#UNITED_STATES");
		assertTrue(japan.isContainer());
		assertEquals("Japan", japan.label());
		assertEquals("United States", us.label());
		assertTrue(japan.children().stream().anyMatch(n -> n.identity().equals("Party:jpus.catalogue.JASDF")));
		assertTrue(us.children().stream().anyMatch(n -> n.identity().equals("Party:jpus.catalogue.FifthAirForce")));
		assertFalse(japan.children().stream().anyMatch(n -> n.identity().equals("Party:jpus.catalogue.FifthAirForce")));

		String task = "Task:" + DOJ + ".CounterAirAttack";
		assertEquals("Operations to counter air attack against Japan", node(d, task).label());
		DiagramEdge primary = edge(d, "Role", "Party:jpus.catalogue.JASDF", task);
		assertEquals(LineStyle.SOLID, primary.style().lineStyle());
		assertEquals(3.0, primary.style().width());
		assertEquals(ArrowHead.FILLED_ARROW, primary.style().targetArrow());
		List<DiagramEdge> fifth = Graphs.edges(d, "Role", "Party:jpus.catalogue.FifthAirForce", task);
		assertEquals(Set.of(LineStyle.DASH, LineStyle.DOT), Set.copyOf(fifth.stream().map(e -> e.style().lineStyle()).toList()),
				"FifthAirForce supports (dashed) and supplements (dotted)");
		DiagramEdge cooperation = edge(d, "Role", "Party:jpus.catalogue.StateDepartment", "Task:" + DOJ + ".PreventDeterioration");
		assertEquals(LineStyle.DASH_DOT, cooperation.style().lineStyle());
		// The optional layer: recipients of support.
		edge(d, "Supports", "Task:" + DOJ + ".BasisForReinforcements", "Recipient:jpus.catalogue.USARJ");
		assertEquals(RgbColor.parse("#f5e0da"), node(d, "Party:jpus.catalogue.USFJ").style().fillColor());
	}

	@Test
	void readinessStagesAreInLevelOrderWithTheirTasksAndTheStageThatActivatesTheMechanism() throws Exception {
		Diagram d = draw("ReadinessStages");
		DiagramNode plan = node(d, "Plan:" + DOJ);
		List<String> stages = plan.children().stream().filter(n -> n.mappingName().equals("Stage"))
				.map(DiagramNode::label).toList();
		assertEquals(List.of("Heightened vigilance", "Preparations for the defense of Japan", "Defense operations"), stages);
		String vigilance = "Plan:" + DOJ + "/Stage:" + DOJ + ".Vigilance";
		String operations = "Plan:" + DOJ + "/Stage:" + DOJ + ".DefenseOperations";
		assertEquals(RgbColor.parse("#f9d2cc"), node(d, operations).style().fillColor(), "armed attack stage");
		assertEquals(RgbColor.parse("#fff3c4"), node(d, vigilance).style().fillColor());
		DiagramEdge activates = edge(d, "Activates", vigilance, "Mechanism:jpus.catalogue.CoordinationMechanism");
		assertEquals("activates", activates.label());
		edge(d, "AtStage", vigilance, "Plan:" + DOJ + "/StageTask:" + DOJ + ".IncreaseSurveillance");
		// Concurrency layer: the concurrent plan and its stages.
		assertTrue(d.node("OtherPlan:jpus.siasj.AreasSurroundingJapan").isPresent());
	}

	@Test
	void coordinationMechanismShowsCommitteesAndLiaisonOfficersAsEdgesFromPartyToParty() throws Exception {
		Diagram d = draw("CoordinationMechanism");
		DiagramNode bilateral = node(d, "Bilateral:jpus.catalogue.CoordinationMechanism");
		assertTrue(bilateral.children().stream().anyMatch(
				n -> n.identity().equals("Bilateral:jpus.catalogue.CoordinationMechanism/Committee:jpus.catalogue.CoordinationMechanism.PolicyCommittee")));
		DiagramEdge liaison = edge(d, "Liaison", "Party:jpus.catalogue.JointStaff", "Party:jpus.catalogue.USFJ");
		assertEquals("SDF liaison officer at Headquarters, U.S. Forces, Japan", liaison.label());
		assertEquals("Liaison:jpus.catalogue.CoordinationMechanism.SdfLiaisonAtUsfj", liaison.identity());
		edge(d, "Liaison", "Party:jpus.catalogue.USFJ", "Party:jpus.catalogue.JointStaff");
		edge(d, "Member", "Bilateral:jpus.catalogue.CoordinationMechanism/Committee:jpus.catalogue.CoordinationMechanism.OperationsCommittee",
				"Party:jpus.catalogue.JointStaff");
		assertTrue(d.node("Comprehensive:jpus.catalogue.PlanningMechanism").isPresent());
		// Optional layer: the Security Consultative Committee and its kin from the Guidelines.
		assertTrue(Graphs.ofMapping(d, "Body").size() >= 3, Graphs.ofMapping(d, "Body").toString());
	}

	@Test
	void areasNestByWithinLinkByNearAndCombatAreasStandApart() throws Exception {
		Diagram d = draw("AreasAndOperations");
		String territory = "Area:jpus.catalogue.JapaneseTerritoryArea";
		DiagramNode japan = node(d, territory);
		assertTrue(japan.children().stream().anyMatch(n -> n.identity().equals(territory + "/Area:jpus.catalogue.TsushimaStrait")),
				japan.children().toString());
		DiagramNode western = node(d, "Area:jpus.catalogue.WesternOperationalArea");
		assertEquals(RgbColor.parse("#b71c1c"), western.style().borderColor());
		assertEquals(LineStyle.DASH, western.style().borderLineStyle());
		assertEquals(RgbColor.parse("#3d7a3d"), japan.style().borderColor());
		edge(d, "Near", "Area:jpus.catalogue.NearWesternOperationalArea", "Area:jpus.catalogue.WesternOperationalArea");
		assertTrue(japan.children().stream()
				.anyMatch(n -> n.identity().equals(territory + "/AreaTask:" + DOJ + ".CounterAirAttack")));
		edge(d, "OperatesIn", "Area:jpus.catalogue.WesternOperationalArea", "Force:jpus.catalogue.SeventhFleet");
	}

	@Test
	void intelligenceFlowsFromProducerToSharedPartiesStyledByClassification() throws Exception {
		Diagram d = draw("IntelligenceFlow");
		DiagramNode picture = node(d, "Product:jpus.catalogue.CommonOperationalPicture");
		assertEquals(RgbColor.parse("#fde2e2"), picture.style().fillColor(), "secret");
		assertEquals(RgbColor.parse("#1e3a8a"), picture.style().font().color(), "security by Japan");
		assertEquals(RgbColor.parse("#dbeafe"), node(d, "Product:jpus.catalogue.MaritimeSurveillanceReport").style().fillColor(),
				"confidential");
		edge(d, "ProducedBy", "Product:jpus.catalogue.CommonOperationalPicture", "Party:jpus.catalogue.JointStaff");
		DiagramEdge shared = edge(d, "SharedWith", "Product:jpus.catalogue.CommonOperationalPicture", "Party:jpus.catalogue.USFJ");
		assertEquals(LineStyle.DASH, shared.style().lineStyle());
		edge(d, "Provides", "ProvidingTask:" + DOJ + ".IntensifySharing", "Product:jpus.catalogue.CommonOperationalPicture");
	}

	@Test
	void traceabilityLinksElementsToClausesAndShowsUnimplementedClausesOpen() throws Exception {
		Diagram d = draw("Traceability");
		DiagramNode iv1 = node(d, "Clause:guidelines:IV.1");
		assertEquals(LineStyle.SOLID, iv1.style().borderLineStyle());
		assertEquals(NodeShape.ROUNDED_RECTANGLE, iv1.style().shape());
		edge(d, "Implements", "Element:" + DOJ + ".IntensifySharing", "Clause:guidelines:IV.1");
		edge(d, "Implements", "Element:" + DOJ, "Clause:guidelines:IV");
		long open = d.allNodes().stream().filter(n -> n.mappingName().equals("Clause"))
				.filter(n -> n.style().borderLineStyle() == LineStyle.DASH).count();
		long implemented = d.allNodes().stream().filter(n -> n.mappingName().equals("Clause"))
				.filter(n -> n.style().borderLineStyle() == LineStyle.SOLID).count();
		assertTrue(open > 0 && implemented > 0, open + " open, " + implemented + " implemented");
		assertTrue(iv1.label().startsWith("IV.1"), iv1.label());
	}
}
