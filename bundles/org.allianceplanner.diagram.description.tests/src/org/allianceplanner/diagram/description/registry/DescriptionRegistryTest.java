package org.allianceplanner.diagram.description.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allianceplanner.diagram.description.viewpoint.ContainerMapping;
import org.allianceplanner.diagram.description.viewpoint.DiagramDescription;
import org.allianceplanner.diagram.description.viewpoint.Layer;
import org.allianceplanner.diagram.description.viewpoint.Mapping;
import org.allianceplanner.diagram.description.viewpoint.Severity;
import org.eclipse.xtext.EcoreUtil2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in Guidelines viewpoint, project overrides, unknown names. */
class DescriptionRegistryTest {

	static final List<String> BUILT_IN = List.of("Responsibility", "ReadinessStages", "CoordinationMechanism",
			"AreasAndOperations", "IntelligenceFlow", "Traceability");

	@Test
	void theBuiltInViewpointHasTheSixDiagramsWithoutProblems() {
		DescriptionRegistry registry = DescriptionRegistry.builtIn();
		assertEquals(List.of(), registry.problems());
		assertEquals(BUILT_IN, registry.names());
	}

	@Test
	void everyBuiltInDiagramHasAnOptionalLayerAFilterConditionalStylesAndValidationDecorations() throws Exception {
		DescriptionRegistry registry = DescriptionRegistry.builtIn();
		for (String name : BUILT_IN) {
			DiagramDescription d = registry.get(name);
			assertTrue(d.getLayers().get(0).isDefault(), name);
			assertTrue(d.getLayers().stream().skip(1).anyMatch(l -> !l.isDefault()), name + ": optional layer");
			assertFalse(d.getFilters().isEmpty(), name + ": filter");
			assertTrue(EcoreUtil2.getAllContentsOfType(d, Mapping.class).stream()
					.anyMatch(m -> !m.getConditionalStyles().isEmpty()), name + ": conditional style");
			Layer main = d.getLayers().get(0);
			assertTrue(main.getDecorations().stream().anyMatch(x -> x.getSeverities().contains(Severity.ERROR)),
					name + ": error badges");
			assertTrue(main.getDecorations().stream().anyMatch(x -> x.getSeverities().contains(Severity.WARNING)),
					name + ": warning badges");
			assertEquals(5, d.getTools().stream().map(t -> t.getKind()).distinct().count()
					+ (d.getName().equals("Traceability") ? 1 : 0), name + ": the five kinds of tool");
		}
	}

	@Test
	void aProjectDescriptionOverridesTheBuiltInOneOfTheSameName(@TempDir Path project) throws Exception {
		Path file = project.resolve("diagrams/own.viewpoint");
		Files.createDirectories(file.getParent());
		Files.writeString(file, """
				viewpoint Own {
					diagram Responsibility "Who leads" {
						domain PlanModel
						default layer Main {
							container Plan {
								domain Plan
								candidates self.plans
								label self.title
							}
						}
					}
					diagram Milestones {
						domain PlanModel
						default layer Main {
							node Milestone { domain Milestone candidates self.plans.milestones }
						}
					}
				}
				""", StandardCharsets.UTF_8);
		DescriptionRegistry registry = DescriptionRegistry.load(project);
		assertEquals(List.of(), registry.problems());
		DiagramDescription responsibility = registry.get("Responsibility");
		assertEquals("Who leads", responsibility.getLabel());
		assertTrue(responsibility.getLayers().get(0).getMappings().get(0) instanceof ContainerMapping);
		assertEquals(file.toString(), registry.origin("Responsibility").orElseThrow());
		assertEquals("builtin:" + DescriptionRegistry.BUILT_IN, registry.origin("Traceability").orElseThrow());
		assertTrue(registry.names().contains("Milestones"));
		assertEquals(7, registry.names().size());
	}

	@Test
	void anUnknownDiagramNameIsAProblemListingTheNamesThereAre() {
		DescriptionRegistry registry = DescriptionRegistry.builtIn();
		DescriptionRegistry.UnknownDiagramException e = assertThrows(DescriptionRegistry.UnknownDiagramException.class,
				() -> registry.get("Responsability"));
		assertTrue(e.problem().error());
		assertTrue(e.getMessage().contains("'Responsability'"), e.getMessage());
		assertTrue(e.getMessage().contains("Responsibility, ReadinessStages"), e.getMessage());
	}

	@Test
	void aProjectFileWithErrorsContributesNoDiagramAndNamesFileAndLine(@TempDir Path project) throws IOException {
		Path file = project.resolve("broken.viewpoint");
		Files.writeString(file, """
				viewpoint Broken {
					diagram Responsibility {
						domain PlanModel
						default layer Main {
							node Party { domain Partie candidates self.parties }
						}
					}
				}
				""", StandardCharsets.UTF_8);
		DescriptionRegistry registry = DescriptionRegistry.load(project);
		assertTrue(registry.hasErrors());
		DescriptionProblem p = registry.problems().get(0);
		assertEquals(file.toString(), p.file());
		assertEquals(5, p.line());
		assertTrue(p.toString().startsWith(file + ":5:"), p.toString());
		assertTrue(p.message().contains("Partie"), p.message());
		// The built-in description stays; the broken file replaced nothing.
		assertEquals("builtin:" + DescriptionRegistry.BUILT_IN, registry.origin("Responsibility").orElseThrow());
	}
}
