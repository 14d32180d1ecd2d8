package org.allianceplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code alliance diagram}: the built-in diagrams of the examples, bad descriptions, audience editions. */
class DiagramCommandTest {

	private static final Path EXAMPLES = Path.of("../../examples");

	/** The file names of the six built-in diagrams. */
	private static final List<String> BUILT_IN = List.of("responsibility", "readiness-stages", "coordination-mechanism",
			"areas-and-operations", "intelligence-flow", "traceability");

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

	private static List<Path> files(Path dir) throws IOException {
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile).sorted().toList();
		}
	}

	@Test
	void theExamplesGiveEachBuiltInDiagramInSvgPngAndPdf() throws IOException {
		Path output = temp.resolve("diagrams");
		assertEquals(ExitCode.OK, run("diagram", EXAMPLES.toString(), "-o", output.toString()), out + err);
		List<Path> written = files(output);
		for (String diagram : BUILT_IN) {
			for (String extension : List.of("svg", "png", "pdf")) {
				String name = diagram + "." + extension;
				List<Path> found = written.stream().filter(p -> p.getFileName().toString().equals(name)).toList();
				assertFalse(found.isEmpty(), name + " not written; written: " + written);
				for (Path file : found) {
					byte[] bytes = Files.readAllBytes(file);
					String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
					switch (extension) {
					case "svg" -> assertTrue(head.contains("<svg"), file.toString());
					case "png" -> assertTrue(head.startsWith("\u0089PNG"), file.toString());
					default -> assertTrue(head.startsWith("%PDF-"), file.toString());
					}
					assertTrue(out.contains(file.toString()), "not reported: " + file);
				}
			}
		}
		// one folder per plan file, named after it
		assertTrue(Files.isDirectory(output.resolve("defense-of-japan")), written.toString());
		// only the files asked for: no temporary file left
		assertTrue(written.stream().noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), written.toString());
	}

	@Test
	void formatAndDiagramChooseWhatIsWritten() throws IOException {
		Path output = temp.resolve("d");
		assertEquals(ExitCode.OK, run("diagram", EXAMPLES.resolve("defense-of-japan.alliance").toString(), "-o",
				output.toString(), "--format", "svg", "--diagram", "Responsibility"), out + err);
		assertEquals(List.of(output.resolve("defense-of-japan/responsibility.svg")), files(output));
	}

	@Test
	void anUnknownDiagramNameIsExitTwoNamingTheDiagramsThereAre() throws IOException {
		Path output = temp.resolve("d");
		assertEquals(ExitCode.USAGE, run("diagram", EXAMPLES.toString(), "-o", output.toString(), "--diagram", "Orbat"));
		assertTrue(err.contains("Orbat"), err);
		assertTrue(err.contains("Responsibility"), err);
		assertFalse(Files.exists(output), "nothing is written");
	}

	@Test
	void aDescriptionWithATypeErrorIsExitTwoWithFileAndLine() throws IOException {
		Path descriptions = Files.createDirectories(temp.resolve("descriptions"));
		Path file = descriptions.resolve("mine.viewpoint");
		Files.writeString(file, """
				viewpoint Mine {
					diagram Tasks {
						domain PlanModel
						default layer Main {
							node Task {
								domain Task
								candidates self.plans.taks
							}
						}
					}
				}
				""", StandardCharsets.UTF_8);
		Path output = temp.resolve("d");
		assertEquals(ExitCode.USAGE, run("diagram", EXAMPLES.toString(), "-o", output.toString(), "--descriptions",
				descriptions.toString()));
		assertTrue(err.contains(file + ":7:"), err);
		assertTrue(err.contains("taks"), err);
		assertFalse(Files.exists(output), "nothing is written");
	}

	@Test
	void aProjectDescriptionReplacesTheBuiltInOneOfItsName() throws IOException {
		Path descriptions = Files.createDirectories(temp.resolve("descriptions"));
		Files.writeString(descriptions.resolve("mine.viewpoint"), """
				viewpoint Mine {
					diagram Responsibility "Tasks only" {
						domain PlanModel
						default layer Main {
							node Task {
								domain Task
								candidates self.plans.tasks
							}
						}
					}
				}
				""", StandardCharsets.UTF_8);
		Path output = temp.resolve("d");
		assertEquals(ExitCode.OK, run("diagram", EXAMPLES.resolve("defense-of-japan.alliance").toString(), "-o",
				output.toString(), "--descriptions", descriptions.toString(), "--diagram", "Responsibility", "--format",
				"svg"), out + err);
		String svg = Files.readString(output.resolve("defense-of-japan/responsibility.svg"), StandardCharsets.UTF_8);
		assertTrue(svg.contains("Tasks only"), "the project's description was not used");
	}

	@Test
	void aPlanWithErrorsIsDrawnWithItsErrorBadgesAndExitsOne() throws IOException {
		Path plans = Files.createDirectories(temp.resolve("plans"));
		// a Japanese party holding a strike task: PREMISE-DEFENSIVE (II.2) is an error
		Files.writeString(plans.resolve("strike.alliance"), """
				package it.premises

				party JASDF "Japan Air Self-Defense Force": Air Self-Defense Force for Japan
				party FifthAirForce "Fifth Air Force": U.S. air forces for United States
				area JapaneseTerritoryArea "Japanese territory": Japanese territory
				legal basis SDFLaw "Self-Defense Forces Law": Japanese law "Act No. 165 of 1954"

				bilateral defense plan StrikePlan "A plan with a strike task held by Japan" {
					situations armed attack
					task StrikeBases "Strike the bases of the attacking forces": strike {
						JASDF primary responsibility
						FifthAirForce support
						in JapaneseTerritoryArea
						under SDFLaw
					}
				}
				""", StandardCharsets.UTF_8);
		Path output = temp.resolve("d");
		assertEquals(ExitCode.ERRORS, run("diagram", plans.toString(), "-o", output.toString(), "--format", "svg"),
				out + err);
		assertTrue(err.contains("PREMISE-DEFENSIVE"), err);
		Path svg = output.resolve("strike/responsibility.svg");
		assertTrue(Files.isRegularFile(svg), files(output).toString());
		assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("PREMISE-DEFENSIVE"), "no error badge");
		// and generate still refuses
		assertEquals(ExitCode.ERRORS, run("generate", plans.toString(), "-o", temp.resolve("g").toString()));
		assertFalse(Files.exists(temp.resolve("g")));
	}

	@Test
	void generateEmbedsEachPlansDiagramsInItsPlanDocument() throws IOException {
		Path output = temp.resolve("g");
		assertEquals(ExitCode.OK, run("generate", EXAMPLES.toString(), "-o", output.toString(), "--format",
				"html,md,pdf,docx"), out + err);
		Path plan = output.resolve("defenseofjapan");
		String html = Files.readString(plan.resolve("plan.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("<figure class=\"diagram\">") && html.contains("<svg"), "no inline SVG");
		assertTrue(html.contains("<figcaption>Responsibility</figcaption>"), "no Responsibility diagram");
		String md = Files.readString(plan.resolve("plan.md"), StandardCharsets.UTF_8);
		assertTrue(md.contains("![Responsibility](diagrams/responsibility.svg)"), md);
		assertTrue(Files.readString(plan.resolve("diagrams/responsibility.svg"), StandardCharsets.UTF_8).contains("<svg"));
		try (var in = Files.newInputStream(plan.resolve("plan.docx"));
				var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
			assertFalse(doc.getAllPictures().isEmpty(), "no picture in the Word document");
		}
		String pdf = pdfText(plan.resolve("plan.pdf"));
		assertTrue(pdf.contains("Diagrams") && pdf.contains("Responsibility"), "no diagrams section in the PDF");
	}

	/** Names only Japan may see and names only the United States may see, in a copy of the examples. */
	private Path plansWithWithheldElements() throws IOException {
		Path plans = Files.createDirectories(temp.resolve("plans"));
		for (String name : List.of("catalogue.alliance", "areas-surrounding-japan.alliance")) {
			Files.copy(EXAMPLES.resolve(name), plans.resolve(name));
		}
		String plan = Files.readString(EXAMPLES.resolve("defense-of-japan.alliance"), StandardCharsets.UTF_8);
		int at = plan.indexOf("\ttask IntensifySharing ");
		String extra = """
					task JpnOnlyKestrel "JPNONLYKestrelTask": surveillance {
						implements IV.1
						releasable to Japan only
						MOD primary responsibility
						during Vigilance
					}
					task UsOnlyOsprey "USONLYOspreyTask": surveillance {
						implements IV.1
						releasable to United States only
						USFJ primary responsibility
						during Vigilance
					}

				""";
		Files.writeString(plans.resolve("defense-of-japan.alliance"), plan.substring(0, at) + extra + plan.substring(at),
				StandardCharsets.UTF_8);
		return plans;
	}

	@ParameterizedTest
	@ValueSource(strings = { "japan", "united-states", "both" })
	void noDiagramFileShowsANameWithheldFromTheAudience(String audience) throws IOException {
		Path plans = plansWithWithheldElements();
		Path output = temp.resolve("d-" + audience);
		int code = run("diagram", plans.toString(), "-o", output.toString(), "--audience", audience);
		assertTrue(code == ExitCode.OK || code == ExitCode.ERRORS, out + err);
		List<String> forbidden = new ArrayList<>();
		if (!audience.equals("japan")) {
			forbidden.addAll(List.of("JPNONLYKestrelTask", "JpnOnlyKestrel"));
		}
		if (!audience.equals("united-states")) {
			forbidden.addAll(List.of("USONLYOspreyTask", "UsOnlyOsprey"));
		}
		StringBuilder all = new StringBuilder();
		List<Path> written = files(output);
		assertFalse(written.isEmpty());
		for (Path file : written) {
			String name = file.getFileName().toString();
			String text;
			if (name.endsWith(".svg")) {
				text = Files.readString(file, StandardCharsets.UTF_8);
			} else if (name.endsWith(".pdf")) {
				text = pdfText(file);
			} else {
				continue; // PNG: pixels only, drawn from the same graph as the SVG and PDF
			}
			all.append(text);
			for (String word : forbidden) {
				assertFalse(text.contains(word), file + " shows " + word);
			}
		}
		// what the audience may see is drawn
		if (audience.equals("japan")) {
			assertTrue(all.toString().contains("JPNONLYKestrelTask"), "Japan's own task missing");
		} else if (audience.equals("united-states")) {
			assertTrue(all.toString().contains("USONLYOspreyTask"), "the United States' own task missing");
		}
	}

	private static String pdfText(Path file) throws IOException {
		PdfReader reader = new PdfReader(Files.readAllBytes(file));
		try {
			StringBuilder sb = new StringBuilder();
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				sb.append(extractor.getTextFromPage(page)).append('\n');
			}
			reader.getInfo().forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
			return sb.toString();
		} finally {
			reader.close();
		}
	}
}
