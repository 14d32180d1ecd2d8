package org.allianceplanner.docgen.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.allianceplanner.docgen.content.Banner;
import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.Paragraph;
import org.allianceplanner.docgen.content.Section;
import org.allianceplanner.docgen.content.Table;
import org.allianceplanner.fonts.FontUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the PDF renderer does with text its fonts cannot show: a warning that names it, never silence. */
class PdfFontFallbackTest {

	private static final String JAPANESE = "周辺事態における後方地域支援";

	private final List<LogRecord> records = new ArrayList<>();
	private final Logger logger = Logger.getLogger(PdfRenderer.class.getName());
	private final Handler capture = new Handler() {
		@Override
		public void publish(LogRecord r) {
			records.add(r);
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}
	};

	@BeforeEach
	void listen() {
		logger.addHandler(capture);
	}

	@AfterEach
	void stop() {
		logger.removeHandler(capture);
	}

	@Test
	void aMissingFontIsAWarningNamingItAndTheLatinTextStays() throws IOException {
		PdfRenderer renderer = new PdfRenderer(style -> {
			throw new FontUnavailableException("Font " + style.fileName() + " is not on the class path (test)", null);
		});
		String text = text(render(renderer, document("Rear area support " + JAPANESE)));
		assertTrue(text.contains("Rear area support"), text);
		assertFalse(text.contains(JAPANESE), text);
		String warning = onlyWarning();
		assertTrue(warning.contains("Noto Sans JP could not be loaded: Font NotoSansJP-"), warning);
		assertTrue(warning.contains(".ttf is not on the class path (test)"), warning);
		assertTrue(warning.contains("周 (U+5468)"), warning);
		assertTrue(warning.contains("'Plan 周辺事態'"), "names the document: " + warning);
	}

	@Test
	void characterNoFontHasIsAWarning() throws IOException {
		// An Egyptian hieroglyph: neither Helvetica, Liberation Sans nor Noto Sans JP has it.
		String text = text(render(new PdfRenderer(), document("Sign \uD80C\uDC00 " + JAPANESE)));
		assertTrue(text.contains(JAPANESE), text);
		String warning = onlyWarning();
		assertTrue(warning.contains("U+13000"), warning);
		assertTrue(warning.contains("1 character is left out"), warning);
	}

	@Test
	void noWarningWhenEveryCharacterHasAGlyph() throws IOException {
		String text = text(render(new PdfRenderer(), document("Ωmega — “quoted” Œuvre " + JAPANESE)));
		assertTrue(text.contains(JAPANESE), text);
		assertTrue(records.isEmpty(), () -> records.get(0).getMessage());
	}

	private String onlyWarning() {
		assertEquals(1, records.size(), "one warning per document");
		assertEquals(Level.WARNING, records.get(0).getLevel());
		return records.get(0).getMessage();
	}

	private static Document document(String line) {
		Section s = new Section("s", "Section " + JAPANESE, List.of(new Paragraph(line),
				new Table("Caption", List.of("Task", "Legal basis"), List.of(List.of(line, "自衛隊法")))));
		return new Document("plan", "Plan 周辺事態", "", new Banner("UNCLASSIFIED", ""),
				Instant.parse("2026-02-03T04:05:06Z"), List.of(s));
	}

	private static byte[] render(PdfRenderer renderer, Document d) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.render(d, out);
		return out.toByteArray();
	}

	private static String text(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			return new PdfTextExtractor(reader).getTextFromPage(1);
		} finally {
			reader.close();
		}
	}
}
