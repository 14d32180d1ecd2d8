package org.allianceplanner.diagram.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.diagram.description.registry.DescriptionRegistry;
import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramElement;
import org.allianceplanner.diagram.graph.GraphDiff;
import org.junit.jupiter.api.Test;

/** Stable identities across edits: reordering changes no identity; a one-element edit changes one element. */
class RefreshTest {

	private static final String CATALOGUE = """
			package t.cat
			party JSDF "Self-Defense Forces": Self-Defense Forces for Japan
			party USF "U.S. Forces": U.S. Forces for United States
			party MOFA "Foreign Ministry": central government agency for Japan
			""";

	private static final String PLAN = """
			package t.ops
			import t.cat.*
			bilateral defense plan P "Plan" {
				readiness stage S1 "One" level 1 when armed attack imminent
				readiness stage S2 "Two" level 2 when armed attack
				task Guard "Air defense": air defense {
					JSDF primary responsibility
					USF support
					during S1
				}
				task Sea "Sea defense": sea defense {
					USF support
					JSDF primary responsibility
					during S2
				}
				task Talks "Talks": policy consultation {
					MOFA primary responsibility
				}
			}
			""";

	/** The same plan with the tasks, the stages and the assignment lines in another order. */
	private static final String REORDERED = """
			package t.ops
			import t.cat.*
			bilateral defense plan P "Plan" {
				task Talks "Talks": policy consultation {
					MOFA primary responsibility
				}
				task Sea "Sea defense": sea defense {
					JSDF primary responsibility
					USF support
					during S2
				}
				readiness stage S1 "One" level 1 when armed attack imminent
				task Guard "Air defense": air defense {
					USF support
					during S1
					JSDF primary responsibility
				}
				readiness stage S2 "Two" level 2 when armed attack
			}
			""";

	private static Diagram draw(String diagram, String plan) throws Exception {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("catalogue.alliance", CATALOGUE);
		files.put("plan.alliance", plan);
		List<org.allianceplanner.model.plan.PlanModel> models = Plans.texts(files);
		return new DiagramInterpreter(DescriptionRegistry.builtIn().get(diagram))
				.interpret(List.of(models.get(1)), DiagramParameters.defaults());
	}

	@Test
	void identitiesSurviveReorderingThePlanFile() throws Exception {
		for (String diagram : List.of("Responsibility", "ReadinessStages", "Traceability")) {
			Diagram before = draw(diagram, PLAN);
			Diagram after = draw(diagram, REORDERED);
			assertTrue(before.size() > 3, diagram + ": " + before.elements().keySet());
			assertEquals(before.elements().keySet(), after.elements().keySet(), diagram);
			GraphDiff diff = GraphDiff.between(before, after);
			assertTrue(diff.added().isEmpty() && diff.removed().isEmpty(), diff.toString());
		}
		// Unnamed elements are named by what they say, not where they are.
		Diagram d = draw("Responsibility", PLAN);
		assertTrue(d.elements().containsKey("Role:t.ops.P.Guard.assignments(party=USF,role=SUPPORT)"),
				d.elements().keySet().toString());
	}

	@Test
	void theDiffAfterOneTitleChangeNamesJustThatElement() throws Exception {
		Diagram before = draw("Responsibility", PLAN);
		DiagramInterpreter interpreter = new DiagramInterpreter(DescriptionRegistry.builtIn().get("Responsibility"));
		Map<String, String> files = new LinkedHashMap<>();
		files.put("catalogue.alliance", CATALOGUE);
		files.put("plan.alliance", PLAN.replace("\"Sea defense\"", "\"Defense of the sea lanes\""));
		Refresh refresh = interpreter.refresh(before, List.of(Plans.texts(files).get(1)), DiagramParameters.defaults());
		GraphDiff diff = refresh.diff();
		assertTrue(diff.added().isEmpty(), diff.toString());
		assertTrue(diff.removed().isEmpty(), diff.toString());
		assertEquals(List.of("Task:t.ops.P.Sea"), diff.changed().stream().map(GraphDiff.Change::identity).toList());
		assertEquals("Defense of the sea lanes", refresh.diagram().node("Task:t.ops.P.Sea").orElseThrow().label());
	}

	@Test
	void aNewAssignmentAddsJustItsEdge() throws Exception {
		Diagram before = draw("Responsibility", PLAN);
		Diagram after = draw("Responsibility", PLAN.replace("MOFA primary responsibility",
				"MOFA primary responsibility\n\t\tUSF cooperation"));
		GraphDiff diff = GraphDiff.between(before, after);
		assertEquals(List.of("Role:t.ops.P.Talks.assignments(party=USF,role=COOPERATION)"),
				diff.added().stream().map(DiagramElement::identity).toList());
		assertTrue(diff.removed().isEmpty(), diff.toString());
	}
}
