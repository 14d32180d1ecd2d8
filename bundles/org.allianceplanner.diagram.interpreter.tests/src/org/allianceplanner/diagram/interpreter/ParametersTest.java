package org.allianceplanner.diagram.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.diagram.description.registry.DescriptionProblem;
import org.allianceplanner.diagram.description.registry.DescriptionRegistry;
import org.allianceplanner.diagram.graph.Decoration;
import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.Placement;
import org.allianceplanner.diagram.graph.Severity;
import org.allianceplanner.diagram.layout.LayoutConfiguration;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.validation.Finding;
import org.allianceplanner.validation.PlanValidator;
import org.allianceplanner.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layers, filters, decorations from validation, layout settings and project overrides. */
class ParametersTest {

	private static final String PLAN = """
			package t.ops
			party JSDF "Self-Defense Forces": Self-Defense Forces for Japan
			party USF "U.S. Forces": U.S. Forces for United States
			bilateral defense plan P "Plan" {
				task Guard "Air defense": air defense {
					JSDF primary responsibility
					supports USF
				}
				task Drill "Drill": exercises and training {
					discretionary
					JSDF primary responsibility
				}
				task Orphan "Nobody's task": sea defense
			}
			""";

	private static List<PlanModel> plan() {
		return Plans.texts(Map.of("plan.alliance", PLAN));
	}

	private static DiagramInterpreter responsibility() throws Exception {
		return new DiagramInterpreter(DescriptionRegistry.builtIn().get("Responsibility"));
	}

	@Test
	void optionalLayersAreShownOnlyWhenAskedFor() throws Exception {
		List<PlanModel> models = plan();
		Diagram without = responsibility().interpret(Plans.roots(models), DiagramParameters.defaults());
		Diagram with = responsibility().interpret(Plans.roots(models),
				DiagramParameters.defaults().withLayers(Set.of("Recipients")));
		assertFalse(without.node("Recipient:t.ops.USF").isPresent());
		assertTrue(with.node("Recipient:t.ops.USF").isPresent());
		assertEquals("Recipients", with.node("Recipient:t.ops.USF").orElseThrow().layer());
		assertTrue(with.edges().stream().anyMatch(e -> e.mappingName().equals("Supports")));
	}

	@Test
	void anActiveFilterHidesTheElementsItsConditionHolds() throws Exception {
		List<PlanModel> models = plan();
		Diagram all = responsibility().interpret(Plans.roots(models), DiagramParameters.defaults());
		Diagram filtered = responsibility().interpret(Plans.roots(models),
				DiagramParameters.defaults().withFilters(Set.of("DiscretionaryTasks")));
		assertTrue(all.node("Task:t.ops.P.Drill").isPresent());
		assertFalse(filtered.node("Task:t.ops.P.Drill").isPresent());
		assertTrue(filtered.node("Task:t.ops.P.Guard").isPresent());
		assertTrue(filtered.edges().stream().noneMatch(e -> e.targetIdentity().equals("Task:t.ops.P.Drill")),
				"the hidden task's edges go with it");
	}

	@Test
	void conditionalStylesMarkDiscretionaryAndUnassignedTasks() throws Exception {
		Diagram d = responsibility().interpret(Plans.roots(plan()), DiagramParameters.defaults());
		assertEquals(org.allianceplanner.diagram.graph.LineStyle.DASH,
				d.node("Task:t.ops.P.Drill").orElseThrow().style().borderLineStyle());
		assertEquals(2.0, d.node("Task:t.ops.P.Orphan").orElseThrow().style().borderWidth());
		assertEquals(org.allianceplanner.diagram.graph.LineStyle.SOLID,
				d.node("Task:t.ops.P.Guard").orElseThrow().style().borderLineStyle());
	}

	@Test
	void validationFindingsBecomeBadgesCarryingTheRuleId() throws Exception {
		List<PlanModel> models = plan();
		ValidationResult result = new PlanValidator().validate(models.get(0).eResource().getResourceSet());
		Task orphan = models.get(0).getPlans().get(0).getTasks().get(2);
		List<Finding> onOrphan = result.active().stream().filter(f -> f.element() == orphan).toList();
		assertFalse(onOrphan.isEmpty(), "the unassigned task breaks a rule: " + result.active());
		Diagram d = responsibility().interpret(Plans.roots(models),
				DiagramParameters.defaults().withFindings(result.active()));
		List<Decoration> badges = d.node("Task:t.ops.P.Orphan").orElseThrow().decorations();
		for (Finding f : onOrphan) {
			org.allianceplanner.validation.Severity s = f.severity();
			if (s == org.allianceplanner.validation.Severity.ERROR || s == org.allianceplanner.validation.Severity.WARNING) {
				Decoration badge = badges.stream().filter(b -> b.ruleId().equals(f.rule().id())).findFirst()
						.orElseThrow(() -> new AssertionError("no badge for " + f + " in " + badges));
				assertEquals(s == org.allianceplanner.validation.Severity.ERROR ? Severity.ERROR : Severity.WARNING,
						badge.severity());
				assertEquals(s == org.allianceplanner.validation.Severity.ERROR ? Placement.NORTH_EAST : Placement.NORTH_WEST,
						badge.placement());
				assertEquals(f.message(), badge.message());
			}
		}
	}

	@Test
	void theLayoutSectionIsPassedOnAsEngineOptions() throws Exception {
		DiagramInterpreter i = new DiagramInterpreter(DescriptionRegistry.builtIn().get("AreasAndOperations"));
		assertEquals("org.eclipse.elk.layered", i.layoutAlgorithm());
		assertEquals(Map.of("elk.direction", "RIGHT", "elk.hierarchyHandling", "INCLUDE_CHILDREN"),
				i.layoutOptions());
	}

	@Test
	void everyBuiltInLayoutSectionIsValidForElk() throws Exception {
		DescriptionRegistry registry = DescriptionRegistry.builtIn();
		for (String name : registry.names()) {
			List<DescriptionProblem> problems = new ArrayList<>();
			LayoutConfiguration c = new DiagramInterpreter(registry.get(name)).layoutConfiguration(problems);
			assertEquals(List.of(), problems, name);
			assertEquals("org.eclipse.elk.layered", c.algorithmId(), name);
		}
	}

	@Test
	void anUnknownLayoutOptionOrValueIsAProblemAtItsLine(@TempDir java.nio.file.Path project) throws Exception {
		java.nio.file.Path file = project.resolve("own.viewpoint");
		java.nio.file.Files.writeString(file, """
				viewpoint Own {
					diagram Sketch {
						domain PlanModel
						layout "org.eclipse.elk.layered" {
							elk.direction = SIDEWAYS
							elk.spacing.nodeNode = 30
							elk.nonsense = 1
						}
						default layer Main {
							node Job { domain Task candidates self.plans.tasks }
						}
					}
				}
				""");
		List<DescriptionProblem> problems = new ArrayList<>();
		LayoutConfiguration c = new DiagramInterpreter(DescriptionRegistry.load(project).get("Sketch"))
				.layoutConfiguration(problems);
		assertEquals(List.of(5, 7), problems.stream().map(DescriptionProblem::line).toList(), problems.toString());
		assertTrue(problems.get(0).message().contains("SIDEWAYS"), problems.toString());
		assertTrue(problems.get(1).message().contains("elk.nonsense"), problems.toString());
		assertEquals(file.toString(), problems.get(0).file());
		assertTrue(c.options().values().contains(30.0), "the valid option is kept: " + c.options());
	}

	@Test
	void aProjectDescriptionOverridesTheBuiltInOneWhenInterpreted(@TempDir java.nio.file.Path project) throws Exception {
		java.nio.file.Files.writeString(project.resolve("own.viewpoint"), """
				viewpoint Own {
					diagram Responsibility "Tasks only" {
						domain PlanModel
						default layer Main {
							node Job { domain Task candidates self.plans.tasks label self.name style { shape ellipse } }
						}
					}
				}
				""");
		DescriptionRegistry registry = DescriptionRegistry.load(project);
		Diagram d = new DiagramInterpreter(registry.get("Responsibility")).interpret(Plans.roots(plan()),
				DiagramParameters.defaults());
		assertEquals("Tasks only", d.title());
		assertEquals(Set.of("Job:t.ops.P.Guard", "Job:t.ops.P.Drill", "Job:t.ops.P.Orphan"), d.elements().keySet());
		assertEquals("Guard", d.node("Job:t.ops.P.Guard").orElseThrow().label());
		assertEquals(org.allianceplanner.diagram.graph.NodeShape.ELLIPSE,
				d.node("Job:t.ops.P.Guard").orElseThrow().style().shape());
	}
}
