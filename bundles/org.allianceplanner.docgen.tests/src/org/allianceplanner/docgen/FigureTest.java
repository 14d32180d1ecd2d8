package org.allianceplanner.docgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import javax.imageio.ImageIO;

import org.allianceplanner.testing.MarkedPlans;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures (diagrams) in plan documents, with a fake figure: a rectangle with a label naming plan and audience. */
class FigureTest {

	@TempDir
	Path out;

	/** A rectangle with a label; the label says which plan and audience it was made for. */
	record FakeFigure(String label) implements Figure {

		@Override
		public String name() {
			return "fake";
		}

		@Override
		public String title() {
			return "Fake diagram";
		}

		@Override
		public double width() {
			return 240;
		}

		@Override
		public double height() {
			return 80;
		}

		@Override
		public String svg() {
			return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"80\">"
					+ "<rect x=\"10\" y=\"10\" width=\"220\" height=\"60\" fill=\"none\" stroke=\"black\"/>"
					+ "<text x=\"20\" y=\"45\">" + label + "</text></svg>";
		}

		@Override
		public byte[] png() {
			BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, 240, 80);
			paint(g);
			g.dispose();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try {
				ImageIO.write(image, "png", bytes);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return bytes.toByteArray();
		}

		@Override
		public void paint(Graphics2D g) {
			g.setColor(Color.BLACK);
			g.setStroke(new BasicStroke(1));
			g.drawRect(10, 10, 220, 60);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
			g.drawString(label, 20, 45);
		}
	}

	private final List<Audience> asked = new ArrayList<>();

	private final FigureSource figures = (plan, audience) -> {
		synchronized (asked) {
			asked.add(audience);
		}
		return List.of(new FakeFigure("Figure" + audience.id().replace("-", "") + plan.getName()));
	};

	private Path planFile(String extension) throws IOException {
		try (var files = Files.walk(out)) {
			return files.filter(p -> p.getFileName().toString().equals("plan." + extension)).findFirst().orElseThrow();
		}
	}

	private String generate(Audience audience) throws IOException {
		PlanModel model = MarkedPlans.mixed();
		new PlanDocumentGenerator().generate(List.of(model),
				GeneratorOptions.builder(out).audience(audience).formats(EnumSet.allOf(OutputFormat.class))
						.date(GeneratorFixture.DATE).build(),
				GeneratorFixture.findings(), CoverageSource.fromTraceability(), figures);
		Plan plan = model.getPlans().get(0);
		return "Figure" + audience.id().replace("-", "") + plan.getName();
	}

	@Test
	void theSourceIsAskedForTheEditionsAudience() throws IOException {
		generate(Audience.JAPAN);
		assertEquals(List.of(Audience.JAPAN), asked);
	}

	@Test
	void htmlEmbedsTheSvgInline() throws IOException {
		String label = generate(Audience.BOTH);
		String html = Files.readString(planFile("html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("<figure class=\"diagram\">"), "no figure element");
		assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "SVG not inline");
		assertTrue(html.contains(label), "label missing");
		assertFalse(html.contains("<?xml version"), "XML declaration inside the HTML page");
		assertTrue(html.contains("<figcaption>Fake diagram</figcaption>"));
		assertTrue(html.contains(">Diagrams</h"), "no Diagrams section");
	}

	@Test
	void markdownLinksToTheSvgWrittenBesideIt() throws IOException {
		String label = generate(Audience.BOTH);
		Path md = planFile("md");
		String text = Files.readString(md, StandardCharsets.UTF_8);
		assertTrue(text.contains("![Fake diagram](diagrams/fake.svg)"), text);
		Path svg = md.resolveSibling("diagrams/fake.svg");
		assertTrue(Files.isRegularFile(svg), "no " + svg);
		assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains(label));
	}

	@Test
	void pdfDrawsTheFigureAsVectorsWithItsLabelAsText() throws IOException {
		String label = generate(Audience.JAPAN);
		String text = Extract.pdf(planFile("pdf"));
		assertTrue(Extract.squeezed(text).contains(label), "label not extractable text in the PDF");
		assertTrue(text.contains("Fake diagram"), "caption missing");
	}

	@Test
	void docxHoldsThePngAsAPicture() throws IOException {
		String label = generate(Audience.UNITED_STATES);
		Path docx = planFile("docx");
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
			List<XWPFPictureData> pictures = doc.getAllPictures();
			assertEquals(1, pictures.size());
			assertArrayEquals(new FakeFigure(label).png(), pictures.get(0).getData());
			BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(pictures.get(0).getData()));
			assertEquals(240, image.getWidth());
		}
		String text = Extract.docx(docx);
		assertTrue(text.contains("Fake diagram"), "caption missing");
	}

	@Test
	void withoutFiguresThereIsNoDiagramsSectionAndNoFile() throws IOException {
		new PlanDocumentGenerator().generate(List.of(MarkedPlans.mixed()),
				GeneratorOptions.builder(out).formats(EnumSet.allOf(OutputFormat.class)).date(GeneratorFixture.DATE).build(),
				GeneratorFixture.findings(), CoverageSource.fromTraceability());
		String html = Files.readString(planFile("html"), StandardCharsets.UTF_8);
		assertFalse(html.contains(">Diagrams</h"));
		assertFalse(html.contains("<svg"));
		assertFalse(Files.exists(planFile("md").resolveSibling("diagrams")));
	}
}
