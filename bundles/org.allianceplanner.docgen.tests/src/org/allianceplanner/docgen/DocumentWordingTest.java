package org.allianceplanner.docgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.eclipse.emf.common.util.Enumerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.allianceplanner.docgen.internal.build.Names;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.wording.Wording;

/** Documents say enumeration values in the model's one wording, the words the plan is written in. */
class DocumentWordingTest {

	@TempDir
	Path tmp;

	@Test
	void documentsUseTheModelsWordingForEveryValue() {
		for (Class<? extends Enumerator> e : Wording.enumerations()) {
			Wording.of(e).forEach((value, words) -> assertEquals(words, Names.word(value), value.getName()));
		}
	}

	@Test
	void theResponsibilityMatrixNamesRolesInThoseWords() throws Exception {
		Path out = tmp.resolve("out");
		GeneratorFixture.generate(TestPlans.mixed(), out, Audience.BOTH, EnumSet.of(OutputFormat.CSV));
		String matrix;
		try (var files = Files.walk(out)) {
			Path csv = files.filter(p -> p.getFileName().toString().equals("responsibility-matrix.csv")).findFirst()
					.orElseThrow();
			matrix = Files.readString(csv);
		}
		assertTrue(matrix.contains(Wording.of(RoleKind.PRIMARY)), matrix);
	}
}
