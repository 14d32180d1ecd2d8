package org.allianceplanner.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

	@TempDir
	Path dir;

	@Test
	void writesTheWholeContentAndCreatesTheFolder() throws IOException {
		Path target = dir.resolve("a/b/report.txt");
		AtomicFiles.writeString(target, "Kyōdō ✓\n");
		assertEquals("Kyōdō ✓\n", Files.readString(target, StandardCharsets.UTF_8));
		assertEquals(List.of(target.getFileName()), names(target.getParent()));
	}

	@Test
	void replacesAnExistingFile() throws IOException {
		Path target = dir.resolve("report.txt");
		Files.writeString(target, "old");
		AtomicFiles.writeString(target, "new");
		assertEquals("new", Files.readString(target));
	}

	@Test
	void aFailedWriteKeepsTheOldFileAndLeavesNoTemporary() throws IOException {
		Path target = dir.resolve("report.txt");
		Files.writeString(target, "old");
		IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("disk full", thrown.getMessage());
		assertEquals("old", Files.readString(target));
		assertEquals(List.of(target.getFileName()), names(dir));
	}

	@Test
	void temporaryFilesAreNamedRecognisably() throws IOException {
		Path temporary = AtomicFiles.temporaryBeside(dir.resolve("plan.xmi"));
		assertEquals(dir.toAbsolutePath(), temporary.getParent());
		assertTrue(AtomicFiles.isTemporary(temporary), temporary.toString());
		assertTrue(temporary.getFileName().toString().startsWith(".alliance-plan.xmi-"), temporary.toString());
		assertFalse(AtomicFiles.isTemporary(dir.resolve("plan.tmp")));
		assertFalse(AtomicFiles.isTemporary(dir.resolve(".alliance-docgen")));
	}

	@Test
	void removesLeftoverTemporariesOnlyAndFollowsNoLink() throws IOException {
		Path sub = Files.createDirectories(dir.resolve("out/checklists"));
		Path stale = AtomicFiles.temporaryBeside(sub.resolve("c.md"));
		Path kept = Files.writeString(dir.resolve("out/.alliance-notes.txt"), "user's");
		Path outside = Files.createDirectories(dir.resolve("elsewhere"));
		Path outsideTemporary = AtomicFiles.temporaryBeside(outside.resolve("x"));
		try {
			Files.createSymbolicLink(dir.resolve("out/link"), outside);
		} catch (UnsupportedOperationException | IOException e) {
			// no symbolic links here: the rest of the test still holds
		}
		List<Path> removed = AtomicFiles.removeTemporaries(dir.resolve("out"));
		assertEquals(List.of(stale), removed);
		assertFalse(Files.exists(stale));
		assertTrue(Files.exists(kept));
		assertTrue(Files.exists(outsideTemporary));
	}

	private static List<Path> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(Path::getFileName).sorted().toList();
		}
	}
}
