package org.allianceplanner.docgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.allianceplanner.testing.MarkedPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.allianceplanner.docgen.internal.io.OutputFolder;
import org.allianceplanner.docgen.internal.io.SafeNames;
import org.allianceplanner.model.plan.PlanModel;

/** Output stays in the output folder, is written atomically, and leaves the user's files alone. */
class OutputSafetyTest {

	@TempDir
	Path tmp;

	@Test
	void hostilePlanAndPartyNamesStayInsideTheOutputFolder() throws Exception {
		PlanModel m = MarkedPlans.mixed();
		m.getPlans().get(0).setName("../../../etc/passwd");
		m.getParties().get(0).setName("/tmp/evil");
		m.getParties().get(1).setName("..");
		m.getParties().get(3).setName("CON");
		Path out = tmp.resolve("out");
		GenerationResult result = GeneratorFixture.generate(m, out, Audience.BOTH, EnumSet.of(OutputFormat.CSV, OutputFormat.HTML));
		for (Path f : result.written()) {
			Path abs = out.resolve(f).normalize();
			assertTrue(abs.startsWith(out), f + " escapes the output folder");
			assertTrue(Files.isRegularFile(abs), f + " was written");
			if (Files.getFileStore(abs).supportsFileAttributeView("posix")) {
				assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(abs)),
						f + " is readable by everyone, like any document");
			}
		}
		assertTrue(Files.exists(out.resolve("etc-passwd/plan.html")));
		assertTrue(Files.exists(out.resolve("etc-passwd/checklists/tmp-evil.html")));
		assertTrue(Files.exists(out.resolve("etc-passwd/checklists/party.html")), "'..' falls back to a neutral name");
		assertTrue(Files.exists(out.resolve("etc-passwd/checklists/con-party.html")), "Windows device names are avoided");
		try (var s = Files.list(tmp)) {
			assertEquals(List.of(out), s.toList(), "nothing written beside the output folder");
		}
	}

	@Test
	void slugs() {
		assertEquals("plan-alpha", SafeNames.slug("  Plan Alpha!  ", "x"));
		assertEquals("etc-passwd", SafeNames.slug("../../etc/passwd", "x"));
		assertEquals("x", SafeNames.slug("...", "x"));
		assertEquals("x", SafeNames.slug("日本", "x"));
		assertEquals("sante", SafeNames.slug("Santé", "x"));
		SafeNames names = new SafeNames();
		assertEquals("a", names.unique("A", "x"));
		assertEquals("a-2", names.unique("a", "x"));
	}

	@Test
	void outputFolderRefusesPathsOutsideIt() throws Exception {
		OutputFolder folder = new OutputFolder(tmp.resolve("out"), false);
		for (String bad : List.of("../x.html", "a/../../x.html", "/etc/x", "a\\b.html", "")) {
			assertThrows(GenerationException.class, () -> folder.resolve(bad), bad);
		}
	}

	@Test
	void symbolicLinkInsideTheFolderCannotCarryAWriteOutside() throws Exception {
		Path out = Files.createDirectories(tmp.resolve("out"));
		Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
		Files.createSymbolicLink(out.resolve("linked"), elsewhere);
		OutputFolder folder = new OutputFolder(out, false);
		assertThrows(GenerationException.class, () -> folder.write("linked/x.html", o -> o.write(1)));
		try (var s = Files.list(elsewhere)) {
			assertEquals(0, s.count());
		}
	}

	@Test
	void filesTheGeneratorDidNotWriteAreNeitherReplacedNorRemoved() throws Exception {
		Path out = Files.createDirectories(tmp.resolve("out"));
		Files.writeString(out.resolve("index.html"), "my own page");
		Files.writeString(out.resolve("notes.txt"), "mine");
		GenerationException e = assertThrows(GenerationException.class,
				() -> GeneratorFixture.generate(MarkedPlans.mixed(), out, Audience.BOTH, EnumSet.of(OutputFormat.CSV)));
		assertTrue(e.getMessage().contains("index.html"), e.getMessage());
		assertEquals("my own page", Files.readString(out.resolve("index.html")));

		Files.delete(out.resolve("index.html"));
		GeneratorFixture.generate(MarkedPlans.mixed(), out, Audience.BOTH, EnumSet.of(OutputFormat.CSV, OutputFormat.JSON));
		assertTrue(Files.exists(out.resolve("defenseplanalpha/checklist.json")));
		// A second run without JSON removes the JSON files it wrote before, and nothing else.
		GenerationResult second = GeneratorFixture.generate(MarkedPlans.mixed(), out, Audience.BOTH, EnumSet.of(OutputFormat.CSV));
		assertFalse(Files.exists(out.resolve("defenseplanalpha/checklist.json")));
		assertTrue(second.removed().contains(Path.of("defenseplanalpha/checklist.json")));
		assertEquals("mine", Files.readString(out.resolve("notes.txt")));
		assertTrue(Files.readString(out.resolve(OutputFolder.MANIFEST)).contains("defenseplanalpha/checklist.csv"));
	}

	@Test
	void aFailedWriteLeavesThePreviousFileWholeAndNoTemporaryFile() throws Exception {
		Path out = tmp.resolve("out");
		OutputFolder first = new OutputFolder(out, false);
		first.write("a.csv", o -> o.write("old".getBytes(StandardCharsets.UTF_8)));
		first.finish();
		OutputFolder second = new OutputFolder(out, false);
		assertThrows(IllegalStateException.class, () -> second.write("a.csv", o -> {
			o.write("half of the new conte".getBytes(StandardCharsets.UTF_8));
			throw new IllegalStateException("renderer failed");
		}));
		assertArrayEquals("old".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("a.csv")));
		try (var s = Files.list(out)) {
			assertEquals(List.of(OutputFolder.MANIFEST, "a.csv"), s.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void overwritingForeignFilesCanBeAllowed() throws Exception {
		Path out = Files.createDirectories(tmp.resolve("out"));
		Files.writeString(out.resolve("index.html"), "my own page");
		new PlanDocumentGenerator().generate(List.of(MarkedPlans.mixed()), GeneratorOptions.builder(out)
				.formats(EnumSet.of(OutputFormat.CSV)).date(GeneratorFixture.DATE).overwriteForeignFiles(true).build(),
				FindingsSource.NOT_SUPPLIED, CoverageSource.fromTraceability());
		assertTrue(Files.readString(out.resolve("index.html")).contains("<!DOCTYPE html>"));
	}
}
