package org.allianceplanner.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.allianceplanner.docgen.Finding;
import org.allianceplanner.docgen.GeneratorOptions;
import org.allianceplanner.docgen.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline on copies of the bundled examples: what it refuses to read, what it finds, what it writes. */
class PlanPipelineTest {

	private static final Path EXAMPLES = Path.of(System.getProperty("alliance.examples", "../../examples"));
	static final String REASON = "Progress is reported through the SCC secretariat.";

	@TempDir
	Path temp;

	private final PlanPipeline pipeline = new PlanPipeline();

	/**
	 * The examples with two findings of PLAN-REPORTING (a milestone not reported to the SDC): one active, one
	 * suppressed with {@link #REASON}.
	 */
	static Path examplesWithFindings(Path folder) throws IOException {
		Files.createDirectories(folder);
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".alliance")).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		replace(folder.resolve("defense-of-japan.alliance"), "on \"2027-03-31\" reports to SCC, SDC\n",
				"on \"2027-03-31\" reports to SCC\n");
		replace(folder.resolve("areas-surrounding-japan.alliance"), "on \"2027-03-31\" reports to SCC, SDC\n",
				"on \"2027-03-31\" reports to SCC {\n\t\tsuppress PLAN-REPORTING because \"" + REASON + "\"\n\t}\n");
		return folder;
	}

	private static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		assertTrue(text.contains(from), file + " changed; adapt the test");
		Files.writeString(file, text.replace(from, to));
	}

	private static List<Path> plans(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(".alliance")).sorted().toList();
		}
	}

	@Test
	void examplesPassWithoutFindings() throws Exception {
		CheckedPlans checked = pipeline.check(pipeline.load(plans(EXAMPLES)));
		assertTrue(checked.passes());
		assertEquals(0, checked.warnings());
		assertTrue(checked.findings().isEmpty(), checked.findings()::toString);
	}

	@Test
	void findingsCarryRuleIdClauseSuppressionAndProjectRelativeLocation() throws Exception {
		Path project = examplesWithFindings(temp.resolve("project"));
		CheckedPlans checked = pipeline.check(pipeline.load(plans(project)));
		List<Finding> reporting = checked.findings().stream().filter(f -> f.ruleId().equals("PLAN-REPORTING")).toList();
		assertEquals(2, reporting.size(), checked.findings()::toString);
		Finding active = reporting.stream().filter(f -> !f.suppressed()).findFirst().orElseThrow();
		Finding suppressed = reporting.stream().filter(Finding::suppressed).findFirst().orElseThrow();
		assertEquals("warning", active.severity());
		assertFalse(active.clause().isBlank(), active::toString);
		assertTrue(active.location().startsWith("defense-of-japan.alliance:"), active.location());
		assertEquals(REASON, suppressed.suppression());
		assertEquals(active.clause(), suppressed.clause());
		assertTrue(checked.passes(), "a warning does not stop the build");
	}

	@Test
	void severitiesComeFromAllianceProperties() throws Exception {
		Path project = examplesWithFindings(temp.resolve("project"));
		Files.writeString(project.resolve("alliance.properties"),
				"# the project's settings\nseverity.PLAN-REPORTING = error\ndocgen.other = kept\n");
		CheckedPlans checked = pipeline.check(pipeline.load(plans(project)));
		assertEquals(1, checked.errors());
		assertFalse(checked.passes());
		Files.writeString(project.resolve("alliance.properties"), "severity.PLAN-REPORTING = ignore\n");
		checked = pipeline.check(pipeline.load(plans(project)));
		assertTrue(checked.findings().stream().noneMatch(f -> f.ruleId().equals("PLAN-REPORTING") && !f.suppressed()),
				checked.findings()::toString);
	}

	@Test
	void badSettingsNameFileAndLine() throws Exception {
		Path project = examplesWithFindings(temp.resolve("project"));
		Files.writeString(project.resolve("alliance.properties"), "\nseverity.PLAN-REPORTING = loud\n");
		LoadedPlans loaded = pipeline.load(plans(project));
		PipelineException e = assertThrows(PipelineException.class, () -> pipeline.check(loaded));
		assertTrue(e.getMessage().startsWith(project.resolve("alliance.properties") + ":2: "), e.getMessage());
	}

	@Test
	void documentsListTheRealFindings() throws Exception {
		Path project = examplesWithFindings(temp.resolve("project"));
		Path out = temp.resolve("out");
		PlanPipeline.Run run = pipeline.run(plans(project), List.of(new DocumentsStep(
				GeneratorOptions.builder(out).formats(EnumSet.of(OutputFormat.MARKDOWN)).build())));
		assertEquals(1, run.outputs().size());
		String plan = Files.readString(out.resolve("defenseofjapan/plan.md"));
		assertTrue(plan.contains("PLAN-REPORTING"), plan);
		String other = Files.readString(out.resolve("areassurroundingjapan/plan.md"));
		assertTrue(other.contains(REASON), other);
	}

	@Test
	void nothingIsWrittenWhenAPlanHasErrors() throws Exception {
		Path project = examplesWithFindings(temp.resolve("project"));
		Files.writeString(project.resolve("alliance.properties"), "severity.PLAN-REPORTING = error\n");
		Path out = temp.resolve("out");
		PlanPipeline.Run run = pipeline.run(plans(project), List.of(new DocumentsStep(GeneratorOptions.builder(out).build())));
		assertTrue(run.outputs().isEmpty());
		assertFalse(Files.exists(out));
	}

	@Test
	void aPipeNamedLikeAPlanIsRefusedNotRead() throws Exception {
		Path fifo = temp.resolve("pipe.alliance");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
		PipelineException e = assertThrows(PipelineException.class, () -> pipeline.load(List.of(fifo)));
		assertEquals(fifo + ": not a regular file (a pipe, device or folder); only plan files are read", e.getMessage());
	}

	@Test
	void aFileAboveTheLimitIsRefusedNamingIt() throws Exception {
		Path big = temp.resolve("big.alliance");
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			file.setLength(PlanInputs.MAX_FILE_BYTES + 1); // sparse: no disk, no memory
		}
		PipelineException e = assertThrows(PipelineException.class, () -> pipeline.load(List.of(big)));
		assertEquals(big + ": too large (67108865 bytes); plan files are limited to 64 MiB", e.getMessage());
	}
}
