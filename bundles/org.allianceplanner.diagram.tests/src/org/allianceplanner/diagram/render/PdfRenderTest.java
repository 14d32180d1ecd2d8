package org.allianceplanner.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.allianceplanner.diagram.graph.SyntheticDiagrams;
import org.junit.jupiter.api.Test;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** PDF: the labels are real text, the shapes are vector paths, and no image stands in for the drawing. */
class PdfRenderTest {

	private final RenderFixture fixture = new RenderFixture(SyntheticDiagrams.responsibility());

	@Test
	void standalonePageHasTextAndVectors() throws Exception {
		byte[] pdf = fixture.renderer.toPdf(fixture.diagram, fixture.layout);
		fixture.keep(DiagramFormat.PDF, pdf);
		PdfReader reader = new PdfReader(pdf);
		try {
			assertEquals(1, reader.getNumberOfPages());
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			for (String label : new String[] { "Ministry of Defense", "Search and rescue", "primary", "R-07", "外務省" }) {
				assertTrue(text.contains(label), label + " in " + text);
			}
			String ops = contentOperators(reader);
			assertTrue(ops.contains(" re") || ops.contains(" l\n") || ops.contains(" l "), "path operators");
			assertTrue(ops.contains(" c") , "curves (ellipse, rounded corners)");
			assertTrue(!new String(pdf, StandardCharsets.ISO_8859_1).contains("/Subtype/Image"), "no raster image");
		} finally {
			reader.close();
		}
	}

	@Test
	void drawsIntoABoxOfAnyPageScaledToFit() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.open();
		float scale = fixture.renderer.drawPdf(writer.getDirectContent(), fixture.diagram, fixture.layout, 50, 400, 300,
				200);
		document.close();
		assertTrue(scale > 0 && scale <= 1, "scale " + scale);
		assertTrue(fixture.layout.extent().width() * scale <= 300.01);
		PdfReader reader = new PdfReader(out.toByteArray());
		try {
			assertTrue(new PdfTextExtractor(reader).getTextFromPage(1).contains("Search and rescue"));
		} finally {
			reader.close();
		}
	}

	/** The page's content plus its form XObjects (the diagram is drawn as one), decompressed. */
	private static String contentOperators(PdfReader reader) throws Exception {
		StringBuilder b = new StringBuilder(new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1));
		for (int i = 1; i < reader.getXrefSize(); i++) {
			var obj = reader.getPdfObject(i);
			if (obj instanceof com.lowagie.text.pdf.PRStream stream) {
				b.append(new String(PdfReader.getStreamBytes(stream), StandardCharsets.ISO_8859_1));
			}
		}
		return b.toString();
	}
}
