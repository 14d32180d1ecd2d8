package org.allianceplanner.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.allianceplanner.cli.Console;
import org.allianceplanner.cli.ExitCode;
import org.allianceplanner.cli.Main;
import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.pipeline.PlanPipeline;
import org.allianceplanner.pipeline.SavedFileBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three hosts of the pipeline agree (issue 11): the {@code alliance} command, the Maven plugin's goals and
 * the IDE builder's path ({@link SavedFileBuild}, which {@code PlanBuilder} calls for each saved file) report the
 * same findings and write byte-identical documents for the same plans: the bundled examples, and a copy with an
 * active and a suppressed finding and a project alliance.properties.
 */
class HostsAgreeTest {

	private static final Path EXAMPLES = Path.of("../../examples");
	private static final List<String> FORMATS = List.of("html", "md", "csv", "json");
	private static final String REASON = "Progress is reported through the SCC secretariat.";

	@TempDir
	Path temp;

	@Test
	void onTheExamples() throws Exception {
		assertHostsAgree(copy(EXAMPLES, temp.resolve("plans")), false);
	}

	@Test
	void onPlansWithActiveAndSuppressedFindingsAndProjectSeverities() throws Exception {
		Path plans = copy(EXAMPLES, temp.resolve("plans"));
		replace(plans.resolve("defense-of-japan.alliance"), "on \"2027-03-31\" reports to SCC, SDC\n",
				"on \"2027-03-31\" reports to SCC\n");
		replace(plans.resolve("areas-surrounding-japan.alliance"), "on \"2027-03-31\" reports to SCC, SDC\n",
				"on \"2027-03-31\" reports to SCC {\n\t\tsuppress PLAN-REPORTING because \"" + REASON + "\"\n\t}\n");
		Files.writeString(plans.resolve("alliance.properties"), "# raised from warning\nseverity.PLAN-REPORTING = info\n");
		assertHostsAgree(plans, true);
	}

	private void assertHostsAgree(Path plans, boolean withFindings) throws Exception {
		// the command
		Path cli = temp.resolve("cli");
		assertEquals(ExitCode.OK, command("generate", plans.toString(), "-o", cli.toString(), "--format",
				String.join(",", FORMATS), "-q"));
		String commandFindings = commandOut("validate", "--format", "json", "--fail-on", "never", plans.toString());

		// the Maven plugin's goals
		Path maven = temp.resolve("maven");
		GenerateMojo generate = configure(new GenerateMojo(), plans, maven);
		generate.formats = new ArrayList<>(FORMATS);
		generate.execute();
		ValidateMojo validate = configure(new ValidateMojo(), plans, maven);
		validate.format = "json";
		validate.failOn = "never";
		validate.execute();

		// the IDE builder, file by file, each into documents/<file name>/
		Path ide = temp.resolve("ide/documents");
		try (Stream<Path> files = Files.list(plans)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".alliance")).sorted().toList()) {
				SavedFileBuild.run(new PlanPipeline(), file, ide, EnumSet.of(OutputFormat.HTML, OutputFormat.MARKDOWN,
						OutputFormat.CSV, OutputFormat.JSON));
			}
		}

		assertEquals(commandFindings, Files.readString(maven.resolve("validation.json")), "command and plugin findings");
		Map<String, byte[]> byCommand = files(cli);
		assertTrue(byCommand.containsKey("defenseofjapan/plan.md"), byCommand.keySet()::toString);
		assertSame(byCommand, files(maven), "command and Maven plugin");
		// the IDE writes one folder per plan file, each with its own index and list of written files
		List<String> perFolder = List.of("index.html", ".alliance-docgen");
		perFolder.forEach(byCommand::remove);
		Map<String, byte[]> byIde = new TreeMap<>();
		files(ide).forEach((name, bytes) -> {
			String inFileFolder = name.substring(name.indexOf('/') + 1);
			if (!perFolder.contains(inFileFolder)) {
				byIde.put(inFileFolder, bytes);
			}
		});
		assertSame(byCommand, byIde, "command and IDE builder");

		String plan = new String(byCommand.get("defenseofjapan/plan.md"), StandardCharsets.UTF_8);
		String other = new String(byCommand.get("areassurroundingjapan/plan.md"), StandardCharsets.UTF_8);
		assertEquals(withFindings, plan.contains("PLAN-REPORTING"), plan);
		assertEquals(withFindings, other.contains(REASON), other);
		assertEquals(withFindings, commandFindings.contains("PLAN-REPORTING"), commandFindings);
	}

	private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String hosts) {
		assertEquals(expected.keySet(), actual.keySet(), hosts + ": the same files");
		expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), hosts + ": " + name));
	}

	private <T extends AbstractAllianceMojo> T configure(T mojo, Path plans, Path output) {
		mojo.sourceDirectory = plans.toFile();
		mojo.outputDirectory = output.toFile();
		mojo.stampDirectory = new File(temp.toFile(), "build/alliance-stamps");
		mojo.baseDirectory = plans.toFile();
		mojo.pluginVersion = "test";
		mojo.force = true;
		return mojo;
	}

	private static int command(String... args) {
		ByteArrayOutputStream sink = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(sink, true, StandardCharsets.UTF_8);
		int code = new Main().run(List.of(args), new Console(stream, stream));
		assertEquals(ExitCode.OK, code, sink.toString(StandardCharsets.UTF_8));
		return code;
	}

	private static String commandOut(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Main().run(List.of(args), new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)));
		assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Every file below {@code root} by its relative path (forward slashes), with its bytes. */
	private static Map<String, byte[]> files(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.filter(Files::isRegularFile).toList()) {
				String name = root.relativize(p).toString().replace('\\', '/');
				if (!name.startsWith("validation.")) { // the plugin's report, compared above
					files.put(name, Files.readAllBytes(p));
				}
			}
		}
		return files;
	}

	private static Path copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".alliance")).toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
		return to;
	}

	private static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		assertTrue(text.contains(from), file + " changed; adapt the test");
		Files.writeString(file, text.replace(from, to));
	}
}
