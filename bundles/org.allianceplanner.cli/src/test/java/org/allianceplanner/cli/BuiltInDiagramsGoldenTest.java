package org.allianceplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.allianceplanner.testing.GoldenFile;
import org.allianceplanner.testing.SvgStructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each built-in diagram of each example plan file, drawn by {@code alliance diagram}: the SVG compared
 * structurally with a golden file (what is drawn and how it is styled, not where ELK puts it), the PNG by its
 * size and by non-blank regions. The PNGs are kept in {@code target/diagram-screenshots/} for review.
 * Golden files: {@code src/test/resources/golden/diagrams/}, rewritten with {@code -Dalliance.updateGolden=true}.
 */
class BuiltInDiagramsGoldenTest {

	private static final Path EXAMPLES = Path.of("../../examples");
	private static final Path GOLDEN = Path.of("src/test/resources/golden/diagrams");
	private static final Path SCREENSHOTS = Path.of("target/diagram-screenshots");

	@TempDir
	static Path output;

	@BeforeAll
	static void drawTheExamples() {
		CommandRun run = CommandRun.of("diagram", EXAMPLES.toString(), "-o", output.toString(), "--format", "svg,png");
		assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
	}

	/** Every SVG written, as plan-file folder / diagram name; each PNG lies beside its SVG. */
	static List<Path> drawings() throws IOException {
		try (Stream<Path> files = Files.walk(output)) {
			return files.filter(p -> p.toString().endsWith(".svg")).map(output::relativize).sorted().toList();
		}
	}

	@ParameterizedTest
	@MethodSource("drawings")
	void svgStructureMatchesItsGoldenFile(Path svg) throws Exception {
		String structure = SvgStructure.of(Files.readString(output.resolve(svg), StandardCharsets.UTF_8));
		GoldenFile.at(GOLDEN.resolve(svg + ".structure.txt"), GoldenFile.Mode.fromSwitch()).assertMatches(structure);
	}

	@ParameterizedTest
	@MethodSource("drawings")
	void pngHasTheSvgsProportionsAndIsDrawnAcrossItsArea(Path svg) throws Exception {
		Path png = output.resolve(svg.toString().replaceAll("\\.svg$", ".png"));
		BufferedImage image = ImageIO.read(png.toFile());
		assertTrue(image.getWidth() >= 100 && image.getHeight() >= 50, png + ": " + image.getWidth() + "x" + image.getHeight());
		// Ink in each half, left and right, top and bottom: the drawing fills the picture, nothing is cut off.
		int w = image.getWidth(), h = image.getHeight();
		assertTrue(inked(image, 0, 0, w / 2, h) > 0.005, png + ": left half blank");
		assertTrue(inked(image, w / 2, 0, w, h) > 0.005, png + ": right half blank");
		assertTrue(inked(image, 0, 0, w, h / 2) > 0.005, png + ": top half blank");
		assertTrue(inked(image, 0, h / 2, w, h) > 0.005, png + ": bottom half blank");
		Path kept = SCREENSHOTS.resolve(svg.toString().replaceAll("\\.svg$", ".png"));
		Files.createDirectories(kept.getParent());
		Files.copy(png, kept, StandardCopyOption.REPLACE_EXISTING);
		assertFalse(Files.size(kept) == 0);
	}

	/** The share of pixels in the box that are not the white background. */
	private static double inked(BufferedImage image, int x0, int y0, int x1, int y1) {
		long inked = 0;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
					inked++;
				}
			}
		}
		return (double) inked / Math.max(1, (long) (x1 - x0) * (y1 - y0));
	}
}
