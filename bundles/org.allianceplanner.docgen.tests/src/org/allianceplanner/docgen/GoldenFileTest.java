package org.allianceplanner.docgen;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.allianceplanner.testing.GoldenFile;
import org.allianceplanner.testing.GoldenFile.Mode;
import org.allianceplanner.testing.MarkedPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text formats of the bilateral edition of the mixed plan, compared byte for byte with reviewed
 * copies in {@code golden/}. To accept an intended change, rerun with {@code -Dalliance.updateGolden=true},
 * which rewrites the golden files in the source tree, and review the diff.
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
		GoldenFile.beside(GoldenFileTest.class, "golden/" + file.replace('/', '_')).assertMatches(actual);
	}

	/** The comparison fails on a one-character difference and names the line; equal text passes. */
	@Test
	void comparisonFailsOnADifference() throws IOException {
		Path golden = Files.writeString(out.resolve("golden.md"), "# Plan\nline two\n", StandardCharsets.UTF_8);
		GoldenFile compare = GoldenFile.at(golden, Mode.COMPARE);
		AssertionError e = assertThrows(AssertionError.class, () -> compare.assertMatches("# Plan\nline tw0\n"));
		assertTrue(e.getMessage().contains("at line 2"), e.getMessage());
		assertThrows(AssertionError.class, () -> compare.assertMatches("# Plan\nline two"));
		assertDoesNotThrow(() -> compare.assertMatches("# Plan\nline two\n"));
		assertThrows(AssertionError.class, () -> GoldenFile.at(out.resolve("missing.md"), Mode.COMPARE).assertMatches(""));
	}

	/** The switch's mode rewrites the golden file instead of comparing. */
	@Test
	void updateModeRewritesTheGoldenFile() throws IOException {
		Path golden = Files.writeString(out.resolve("golden.md"), "old\n", StandardCharsets.UTF_8);
		GoldenFile.at(golden, Mode.UPDATE).assertMatches("new\n");
		assertTrue(Files.readString(golden, StandardCharsets.UTF_8).equals("new\n"));
		GoldenFile.at(golden, Mode.COMPARE).assertMatches("new\n");
	}
}
