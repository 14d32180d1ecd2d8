package org.allianceplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code alliance} command: exit codes, messages and output files. */
class CommandTest {

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

	private Path write(String name, String text) throws IOException {
		Path file = temp.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return file;
	}

	private static List<String> lines(String text) {
		return text.lines().filter(l -> !l.isBlank()).toList();
	}

	@Test
	void examplesValidateClean() {
		assertEquals(ExitCode.OK, run("validate", EXAMPLES.toString()), out + err);
		assertEquals("", out);
		assertTrue(err.contains("3 files checked: 0 errors, 0 warnings"), err);
	}

	@Test
	void errorsArePrintedAsFileLineColumnSeverityMessageAndExitOne() throws IOException {
		Path plan = write("bad.alliance", """
				party JASDF: Air Self-Defense Force for Japan
				bilateral defense plan P {
					task T: air defense {
						JASDFF primary responsibility
					}
				}
				""");
		assertEquals(ExitCode.ERRORS, run("validate", plan.toString()));
		List<String> printed = lines(out);
		assertEquals(1, printed.size(), out);
		assertTrue(printed.get(0).startsWith(plan + ":4:3: error: No party named 'JASDFF'"), printed.get(0));
	}

	@Test
	void syntaxErrorsAreErrorsToo() throws IOException {
		Path plan = write("broken.alliance", "party X Air Self-Defense Force for Japan\n");
		assertEquals(ExitCode.ERRORS, run("validate", plan.toString()));
		assertTrue(out.startsWith(plan + ":1:9: error: "), out);
	}

	@Test
	void aFolderMeansEveryPlanBelowIt() throws IOException {
		write("a/one.alliance", "party A: Air Self-Defense Force for Japan\n");
		write("a/b/two.alliance", "party B: U.S. Forces for United States\n");
		write("a/b/notes.txt", "not a plan");
		assertEquals(ExitCode.OK, run("validate", temp.resolve("a").toString()));
		assertTrue(err.contains("2 files checked"), err);
	}

	@Test
	void missingFileIsOneLineAndExitTwo() {
		assertEquals(ExitCode.USAGE, run("validate", temp.resolve("nowhere.alliance").toString()));
		assertEquals(List.of("alliance: " + temp.resolve("nowhere.alliance") + ": no such file or folder"), lines(err));
	}

	@Test
	void unreadableFolderIsOneLineAndExitTwo() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("locked"));
		write("locked/plan.alliance", "party A: Air Self-Defense Force for Japan\n");
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
		try {
			if (Files.isReadable(folder)) {
				return; // running as a user who can read anything (root): nothing to test
			}
			assertEquals(ExitCode.USAGE, run("validate", folder.toString()));
			assertEquals(1, lines(err).size(), err);
			assertTrue(err.contains("cannot be read"), err);
		} finally {
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
		}
	}

	@Test
	void notAPlanFileIsOneLineAndExitTwo() throws IOException {
		Path notes = write("notes.txt", "hello");
		assertEquals(ExitCode.USAGE, run("validate", notes.toString()));
		assertEquals(List.of("alliance: " + notes + ": not a plan file (plan files end in .alliance)"), lines(err));
	}

	@Test
	void badFlagsAndMissingArgumentsAreOneLineAndExitTwo() {
		assertEquals(ExitCode.USAGE, run("validate", "--frobnicate", EXAMPLES.toString()));
		assertEquals(List.of("alliance validate: unknown option '--frobnicate'. Run 'alliance --help' for usage."),
				lines(err));
		assertEquals(ExitCode.USAGE, run("validate"));
		assertEquals(1, lines(err).size());
		assertEquals(ExitCode.USAGE, run("generate", EXAMPLES.toString()));
		assertTrue(err.contains("no output folder given"), err);
		assertEquals(ExitCode.USAGE, run("generate", EXAMPLES.toString(), "-o"));
		assertTrue(err.contains("option '-o' needs a value"), err);
		assertEquals(ExitCode.USAGE, run("frobnicate"));
		assertTrue(err.contains("unknown command 'frobnicate'"), err);
		assertEquals(ExitCode.USAGE, run());
		assertEquals(ExitCode.USAGE, run("--frobnicate"));
		assertEquals(List.of("alliance: unknown option '--frobnicate'. Run 'alliance --help' for usage."), lines(err));
	}

	@Test
	void helpAndVersion() {
		assertEquals(ExitCode.OK, run("--help"));
		assertTrue(out.contains("validate PATH..."), out);
		assertTrue(out.contains("generate PATH... -o DIR"), out);
		assertTrue(out.contains("--audience"), out);
		assertTrue(out.contains("Exit status:") && out.contains("--quiet"), out);
		assertEquals(ExitCode.OK, run("--version"));
		assertTrue(out.startsWith("alliance "), out);
	}

	@Test
	void generateWritesTheDocumentsOfEveryPlan() throws IOException {
		Path output = temp.resolve("out");
		assertEquals(ExitCode.OK, run("generate", EXAMPLES.toString(), "-o", output.toString(), "--format", "html,md"), err);
		assertTrue(Files.exists(output.resolve("index.html")));
		assertTrue(Files.exists(output.resolve("defenseofjapan/plan.md")));
		assertTrue(Files.exists(output.resolve("areassurroundingjapan/checklist.html")));
		assertFalse(Files.exists(output.resolve("defenseofjapan/plan.pdf")), "only the formats asked for");
		String plan = Files.readString(output.resolve("defenseofjapan/plan.md"));
		assertTrue(plan.contains("# Bilateral defense plan for the defense of Japan"), plan);
		assertTrue(plan.contains("IV.2(2)d.ii"), plan);
		// Generating again replaces its own files.
		assertEquals(ExitCode.OK, run("generate", EXAMPLES.toString(), "-o", output.toString(), "--format", "html,md"), err);
	}

	@Test
	void generateRejectsAnUnknownAudienceOrFormat() {
		Path output = temp.resolve("out");
		assertEquals(ExitCode.USAGE, run("generate", EXAMPLES.toString(), "-o", output.toString(), "--audience", "mars"));
		assertTrue(err.contains("japan, united-states or both"), err);
		assertEquals(ExitCode.USAGE, run("generate", EXAMPLES.toString(), "-o", output.toString(), "--format", "rtf"));
		assertTrue(err.contains("Unknown format 'rtf'"), err);
	}

	@Test
	void generateWritesNothingWhenAPlanHasErrors() throws IOException {
		Path plan = write("bad.alliance", "bilateral defense plan P {\n\ttask T: air defense {\n\t\tNobody support\n\t}\n}\n");
		Path output = temp.resolve("out");
		assertEquals(ExitCode.ERRORS, run("generate", plan.toString(), "-o", output.toString()));
		assertTrue(err.contains("no documents written"), err);
		assertFalse(Files.exists(output.resolve("index.html")));
	}

	@Test
	void generateNeverOverwritesAFileItDidNotWrite() throws IOException {
		Path output = Files.createDirectories(temp.resolve("out"));
		Path mine = write("out/index.html", "my own page\n");
		assertEquals(ExitCode.USAGE, run("generate", EXAMPLES.toString(), "-o", output.toString(), "--format", "md"));
		assertTrue(err.contains("Refusing to replace"), err);
		assertEquals("my own page\n", Files.readString(mine));
		assertEquals(ExitCode.OK, run("generate", EXAMPLES.toString(), "-o", output.toString(), "--format", "md", "--force"));
		assertTrue(Files.readString(mine).startsWith("<!DOCTYPE html>"));
	}

	@Test
	void generateLeavesNoTemporaryFiles() throws IOException {
		Path output = temp.resolve("out");
		assertEquals(ExitCode.OK, run("generate", EXAMPLES.toString(), "-o", output.toString(), "--format", "md,csv"));
		try (Stream<Path> files = Files.walk(output)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
		}
	}

	@Test
	void outputThatIsAFileIsRefused() throws IOException {
		Path file = write("out.md", "x");
		assertEquals(ExitCode.USAGE, run("generate", EXAMPLES.toString(), "-o", file.toString()));
		assertTrue(err.contains("not a folder"), err);
	}

	@Test
	void aSingleFileSeesTheDeclarationsOfItsFolder() {
		assertEquals(ExitCode.OK, run("validate", EXAMPLES.resolve("defense-of-japan.alliance").toString()), out + err);
		assertTrue(err.contains("1 file checked: 0 errors"), err);
	}
}
