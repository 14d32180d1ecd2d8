package org.allianceplanner.diagram.description.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allianceplanner.diagram.description.registry.DescriptionProblem;
import org.allianceplanner.diagram.description.registry.DescriptionRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Descriptions are type-checked against the plan metamodel: an unknown class, feature or enum word,
 * or an expression of the wrong type, is an error at file:line.
 */
class TypeCheckTest {

	@TempDir
	Path project;

	/** The errors of a one-diagram description whose default layer holds {@code mappings}. */
	private List<DescriptionProblem> errors(String mappings) throws IOException {
		Path file = project.resolve("test.viewpoint");
		Files.writeString(file, """
				viewpoint Test {
					diagram D {
						domain PlanModel
						default layer Main {
				""" + mappings + """
						}
					}
				}
				""", StandardCharsets.UTF_8);
		return DescriptionRegistry.load(project).problems().stream()
				.filter(p -> p.error() && p.file().equals(file.toString())).toList();
	}

	private static void assertOne(List<DescriptionProblem> errors, int line, String text) {
		assertEquals(1, errors.size(), errors.toString());
		DescriptionProblem p = errors.get(0);
		assertEquals(line, p.line(), p.toString());
		assertTrue(p.message().contains(text), p.toString());
		assertTrue(p.file().endsWith("test.viewpoint"), p.toString());
	}

	@Test
	void aWellTypedDescriptionHasNoErrors() throws IOException {
		assertEquals(List.of(), errors("""
				node Task {
					domain Task
					candidates self.plans.tasks
					where self.assignments.notEmpty and not self.discretionary
					label self.title
					when self.assignments.role == primary or self.kind == AIR_DEFENSE style { color "#ff0000" }
					when self.stages.size >= 2 style { line dashed }
				}
				"""));
	}

	@Test
	void anUnknownClassIsAnErrorAtItsLine() throws IOException {
		assertOne(errors("""
				node Task {
					domain Tsk
					candidates self.plans.tasks
				}
				"""), 6, "Tsk");
	}

	@Test
	void anUnknownFeatureIsAnErrorAtItsLine() throws IOException {
		assertOne(errors("""
				node Task {
					domain Task
					candidates self.plans.taks
				}
				"""), 7, "taks");
	}

	@Test
	void aFeatureOfAnotherClassIsAnError() throws IOException {
		// 'level' belongs to ReadinessStage, not Task.
		assertOne(errors("""
				node Task {
					domain Task
					candidates self.plans.tasks
					when self.level == 1 style { color "#ff0000" }
				}
				"""), 8, "level");
	}

	@Test
	void anUnknownEnumWordIsAnErrorAtItsLine() throws IOException {
		assertOne(errors("""
				edge Role {
					from Party to Party
					domain Assignment candidates self.plans.tasks.assignments
					source self.party
					target self.party
					when self.role == leading style { line dashed }
				}
				node Party { domain Party candidates self.parties }
				"""), 10, "leading");
	}

	@Test
	void anEnumWordOfAnotherEnumIsAnError() throws IOException {
		// SECRET is a Classification, not a Government.
		assertOne(errors("""
				node Party {
					domain Party
					candidates self.parties
					when self.government == SECRET style { color "#ff0000" }
				}
				"""), 8, "SECRET");
	}

	@Test
	void aConditionThatIsNotTrueOrFalseIsAnError() throws IOException {
		assertOne(errors("""
				node Task {
					domain Task
					candidates self.plans.tasks
					where self.assignments
				}
				"""), 8, "must be true or false, but is Assignment*");
	}

	@Test
	void candidatesOfAnotherClassAreAnError() throws IOException {
		assertOne(errors("""
				node Task {
					domain Task
					candidates self.parties
				}
				"""), 7, "The candidates are Party*, which cannot be Task");
	}

	@Test
	void aStyleWordOutsideItsListIsAnError() throws IOException {
		assertOne(errors("""
				node Task {
					domain Task
					candidates self.plans.tasks
					style { shape circle }
				}
				"""), 8, "'shape' takes one of");
	}

	@Test
	void navigatingFromAValueIsAnError() throws IOException {
		List<DescriptionProblem> errors = errors("""
				node Task {
					domain Task
					candidates self.plans.tasks
					label self.title.name
				}
				""");
		assertTrue(errors.stream().anyMatch(p -> p.line() == 8), errors.toString());
	}
}
