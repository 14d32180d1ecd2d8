package org.allianceplanner.docgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.allianceplanner.docgen.internal.io.OutputFolder;
import org.allianceplanner.docgen.internal.render.PoiTemporaryFolder;

/**
 * Nothing of a run is left where it does not belong: no folder outside the output folder, no temporary
 * file of an interrupted run, no spreadsheet scratch file in a folder shared by all users.
 */
class OutputLeftoversTest {

	@TempDir
	Path tmp;

	@Test
	void aSymbolicLinkInsideTheFolderCreatesNoFolderOutsideIt() throws Exception {
		Path out = Files.createDirectories(tmp.resolve("out"));
		Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
		Files.createSymbolicLink(out.resolve("plan"), elsewhere);
		OutputFolder folder = new OutputFolder(out, false);
		GenerationException e = assertThrows(GenerationException.class,
				() -> folder.write("plan/checklists/jasdf.html", o -> o.write(1)));
		assertTrue(e.getMessage().contains("leads outside"), e.getMessage());
		assertEquals(List.of(), list(elsewhere), "nothing created in the link's target");
	}

	@Test
	void temporaryFilesAreNamedSoTheNextRunKnowsThem() throws Exception {
		Path out = tmp.resolve("out");
		OutputFolder folder = new OutputFolder(out, false);
		List<String> seen = new ArrayList<>();
		folder.write("plan/plan.html", o -> {
			seen.addAll(list(out.resolve("plan")));
			o.write("<p>".getBytes(StandardCharsets.UTF_8));
		});
		assertEquals(1, seen.size(), seen.toString());
		assertTrue(seen.get(0).startsWith(".alliance-plan.html-") && seen.get(0).endsWith(".tmp"), seen.toString());
	}

	@Test
	void theNextRunRemovesTheTemporaryFilesOfAnInterruptedRun() throws Exception {
		Path out = Files.createDirectories(tmp.resolve("out/plan/checklists"));
		Path root = tmp.resolve("out");
		Files.writeString(root.resolve(".alliance-.alliance-docgen-123.tmp"), "half a list");
		Files.writeString(out.resolve(".alliance-jasdf.html-456.tmp"), "<p>half a chec");
		Files.writeString(out.resolve("notes.tmp"), "the user's");
		new OutputFolder(root, false);
		assertEquals(List.of("notes.tmp"), list(out));
		assertEquals(List.of("plan"), list(root));
	}

	@Test
	void spreadsheetsDoNotNeedPoisSharedFolder() throws Exception {
		// Another user's /tmp/poifiles: a place this user cannot create files in.
		Path foreign = Files.writeString(tmp.resolve("poifiles"), "not a folder we may use");
		TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(foreign.toFile()));
		Set<String> before = runFolders();
		try {
			GenerationResult result = GeneratorFixture.generate(TestPlans.mixed(), tmp.resolve("out"), Audience.BOTH,
					EnumSet.of(OutputFormat.XLSX));
			assertTrue(result.written().stream().anyMatch(p -> p.toString().endsWith(".xlsx")), result.written().toString());
		} finally {
			TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
		}
		assertEquals(before, runFolders(), "the run's own folder is removed at its end");
	}

	private static Set<String> runFolders() throws IOException {
		try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(PoiTemporaryFolder.PREFIX))
					.collect(Collectors.toSet());
		}
	}

	private static List<String> list(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
