package org.allianceplanner.docgen;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.allianceplanner.testing.MarkedPlans;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text formats of the bilateral edition of the mixed plan, compared byte for byte with reviewed
 * copies in {@code golden/}. On a difference the actual file is left in
 * {@code target/golden-actual/} (system property {@code docgen.golden.actual}); review it and copy it over
 * the golden file to accept the change.
 */
class GoldenFileTest {

	@TempDir
	Path out;

	@ParameterizedTest
	@ValueSource(strings = { "defenseplanalpha/plan.html", "defenseplanalpha/plan.md", "defenseplanalpha/checklist.csv",
			"defenseplanalpha/checklist.json", "defenseplanalpha/checklist.md", "defenseplanalpha/responsibility-matrix.csv",
			"defenseplanalpha/synchronization-matrix.csv", "defenseplanalpha/checklists/jasdf.html", "index.html" })
	void outputMatchesGoldenFile(String file) throws IOException {
		GeneratorFixture.generate(MarkedPlans.mixed(), out, Audience.BOTH,
				EnumSet.of(OutputFormat.HTML, OutputFormat.MARKDOWN, OutputFormat.CSV, OutputFormat.JSON));
		String actual = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
		String goldenName = "golden/" + file.replace('/', '_');
		String expected;
		try (InputStream in = GoldenFileTest.class.getResourceAsStream(goldenName)) {
			expected = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		if (!actual.equals(expected)) {
			String dir = System.getProperty("docgen.golden.actual", "target/golden-actual");
			Path saved = Path.of(dir).resolve(file.replace('/', '_'));
			Files.createDirectories(saved.getParent());
			Files.writeString(saved, actual, StandardCharsets.UTF_8);
			assertNotNull(expected, "No golden file " + goldenName + "; actual output saved to " + saved);
			fail(file + " differs from " + goldenName + " at line " + firstDifference(expected, actual)
					+ "; actual output saved to " + saved);
		}
	}

	private static int firstDifference(String a, String b) {
		String[] la = a.split("\n", -1);
		String[] lb = b.split("\n", -1);
		for (int i = 0; i < Math.min(la.length, lb.length); i++) {
			if (!la[i].equals(lb[i])) {
				return i + 1;
			}
		}
		return Math.min(la.length, lb.length) + 1;
	}
}
