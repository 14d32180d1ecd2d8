package org.allianceplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.allianceplanner.docgen.GenerationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11.7, the command's side: output that cannot be written, -o "", pipes and huge files named as plans. */
class OutputAndInputSafetyTest {

	private static final Path EXAMPLES = Path.of("../../examples");

	@TempDir
	Path temp;

	private String out;
	private String err;

	private int run(String... args) {
		CommandRun run = CommandRun.of(args);
		out = run.out();
		err = run.err();
		return run.code();
	}

	@Test
	void outputThatCannotBeWrittenIsExitTwoWithPathAndReason() throws IOException {
		Path file = Files.writeString(temp.resolve("notes.txt"), "x");
		Path output = file.resolve("documents"); // below a file: cannot be created
		assertEquals(ExitCode.USAGE, run("generate", EXAMPLES.toString(), "-o", output.toString(), "--format", "md", "-q"));
		assertTrue(err.contains(output.toString()) || err.contains(file.toString()), err);
		assertFalse(err.contains("Exception"), "no raw exception name: " + err);
		assertTrue(err.lines().anyMatch(l -> l.startsWith("alliance: generate: ")), err);
	}

	@Test
	void failuresAreDescribedByPathAndReasonWithoutExceptionNames() {
		assertEquals("Rendering failed: No space left on device", Messages.describe(
				new GenerationException("Rendering failed: " + new IOException("No space left on device"))));
		assertEquals("/out/plan.md: Read-only file system",
				Messages.describe(new FileSystemException("/out/plan.md", null, "Read-only file system")));
		assertEquals("/out/plan.md: permission denied", Messages.describe(new AccessDeniedException("/out/plan.md")));
	}

	@Test
	void anEmptyOutputFolderIsBadUsage() {
		assertEquals(ExitCode.USAGE, run("generate", EXAMPLES.toString(), "-o", ""));
		assertEquals("alliance generate: the output folder given with -o is empty; name a folder. "
				+ Messages.USAGE_HINT, err.strip());
		assertEquals("", out);
	}

	/** Reading a pipe would block until a writer comes: the timeout turns that hang into a failure. */
	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS)
	void aPipeNamedLikeAPlanIsRefusedNotRead() throws Exception {
		Path fifo = temp.resolve("pipe.alliance");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
		assertEquals(ExitCode.USAGE, run("validate", fifo.toString()));
		assertEquals("alliance: " + fifo + ": not a regular file (a pipe, device or folder); only plan files are read",
				err.strip());
	}

	@Test
	void aPlanFileAboveTheLimitIsRefusedNamingIt() throws Exception {
		Path big = temp.resolve("big.alliance");
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			file.setLength(64L * 1024 * 1024 + 1); // sparse: no disk used
		}
		assertEquals(ExitCode.USAGE, run("validate", big.toString()));
		assertEquals("alliance: " + big + ": too large (67108865 bytes); plan files are limited to 64 MiB", err.strip());
	}
}
