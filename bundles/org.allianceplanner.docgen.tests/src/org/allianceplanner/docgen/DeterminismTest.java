package org.allianceplanner.docgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.allianceplanner.testing.MarkedPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs on the same input give byte-identical files, in every format. */
class DeterminismTest {

	@TempDir
	Path tmp;

	@Test
	void twoRunsGiveIdenticalBytes() throws Exception {
		Path a = tmp.resolve("a");
		Path b = tmp.resolve("b");
		GeneratorFixture.generateAll(MarkedPlans.mixed(), a, Audience.JAPAN);
		// Cross a second boundary: zip entries and PDF dates have one-second resolution.
		Thread.sleep(1100);
		GeneratorFixture.generateAll(MarkedPlans.mixed(), b, Audience.JAPAN);
		List<Path> filesA = Extract.files(a);
		List<Path> filesB = Extract.files(b);
		assertEquals(filesA.stream().map(a::relativize).toList(), filesB.stream().map(b::relativize).toList());
		for (Path f : filesA) {
			Path rel = a.relativize(f);
			assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(rel)), rel + " differs between runs");
		}
	}

	@Test
	void embeddedTimestampsComeFromTheDocumentDate() throws Exception {
		GeneratorFixture.generateAll(MarkedPlans.mixed(), tmp, Audience.BOTH);
		String pdf = new String(Files.readAllBytes(tmp.resolve("defenseplanalpha/plan.pdf")), java.nio.charset.StandardCharsets.ISO_8859_1);
		assertTrue(pdf.contains("/CreationDate(D:20260203040506Z)"), "PDF creation date from the input");
		try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(tmp.resolve("defenseplanalpha/plan.docx")))) {
			for (ZipEntry e; (e = zin.getNextEntry()) != null;) {
				assertEquals(java.time.LocalDateTime.of(2026, 2, 3, 4, 5, 6), e.getTimeLocal(), e.getName());
				if (e.getName().equals("docProps/core.xml")) {
					String core = new String(zin.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
					assertTrue(core.contains("2026-02-03T04:05:06Z"), core);
				}
			}
		}
	}
}
