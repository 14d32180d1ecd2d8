package org.allianceplanner.docgen.internal.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;

import org.allianceplanner.fonts.FontStyle;
import org.allianceplanner.fonts.FontUnavailableException;
import org.allianceplanner.fonts.Fonts;

/**
 * The fonts of one PDF, chosen per character along a fallback chain:
 * <ol>
 * <li>Helvetica for Latin-1, as before: a standard font, not embedded, so Latin documents stay as they were;
 * <li>Liberation Sans, OpenPDF's own fallback (embedded subset), for the other Latin, Greek and Cyrillic
 * letters and typographic marks such as dashes and bullets;
 * <li>Noto Sans JP from {@code org.allianceplanner.fonts} (embedded subset) for Japanese and anything else it
 * has.
 * </ol>
 * Without the last step OpenPDF drops every character its fallback lacks, so Japanese titles came out blank.
 * Characters that no font has, and a Noto Sans JP that cannot be loaded, are collected for one warning per
 * document ({@link #warning}). One instance per document and thread; the parsed fonts go back to the
 * {@link ParsedFontPool} on {@link #release}.
 */
final class PdfFonts {

	/** The font OpenPDF itself switches a chunk to when the chunk has characters beyond Latin-1. */
	private static final String OPENPDF_FALLBACK = "font-fallback/LiberationSans-Regular.ttf";

	private static final int MAX_LISTED = 10;

	private final FontSource source;
	private final Map<FontStyle, BaseFont> japanese;
	private final Map<Font, Font> japaneseFonts = new IdentityHashMap<>();
	private final SortedSet<Integer> missing = new TreeSet<>();
	private FontUnavailableException unavailable;
	private BaseFont fallback;
	private boolean fallbackLoaded;

	PdfFonts(FontSource source) {
		this.source = source;
		this.japanese = source == FontSource.BUNDLED ? ParsedFontPool.borrow() : new EnumMap<>(FontStyle.class);
	}

	/** Called once the document is written: its parsed fonts may serve the next document. */
	void release() {
		if (source == FontSource.BUNDLED) {
			ParsedFontPool.giveBack(japanese);
		}
	}

	/** The text in {@code font}, with the characters {@code font} cannot show in fonts that can. */
	Phrase phrase(String text, Font font) {
		return latin1(text) ? new Phrase(text, font) : phrase(chunks(text, font), font);
	}

	/** The chunks of {@link #chunks} (perhaps given anchors or tags) as a phrase with the leading of {@code font}. */
	Phrase phrase(List<Chunk> chunks, Font font) {
		if (chunks.size() == 1 && chunks.get(0).getFont() == font) {
			return new Phrase(chunks.get(0));
		}
		// An empty phrase font, so that the chunks keep their own fonts (Phrase.add would merge the styles).
		Phrase p = new Phrase(font.getCalculatedLeading(1.5f), "", new Font());
		for (Chunk c : chunks) {
			p.add(c);
		}
		return p;
	}

	/** The text split into runs of one font each: {@code font} itself, or Noto Sans JP of its weight and size. */
	List<Chunk> chunks(String text, Font font) {
		if (latin1(text)) {
			return List.of(new Chunk(text, font));
		}
		List<Chunk> chunks = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		Font runFont = null;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			Font f = fontFor(c, font);
			if (runFont != null && f != runFont) {
				chunks.add(new Chunk(run.toString(), runFont));
				run.setLength(0);
			}
			runFont = f;
			run.appendCodePoint(c);
		}
		if (run.length() > 0) {
			chunks.add(new Chunk(run.toString(), runFont));
		}
		return chunks;
	}

	/**
	 * What was lost in this document, for the log, or {@code null} if nothing was: the characters no font has,
	 * and why Noto Sans JP was not there to show them.
	 */
	String warning(String document) {
		if (missing.isEmpty()) {
			return null;
		}
		StringBuilder sb = new StringBuilder("PDF '").append(document).append("': ").append(missing.size())
				.append(missing.size() == 1 ? " character is" : " distinct characters are")
				.append(" left out, for want of a glyph:");
		missing.stream().limit(MAX_LISTED).forEach(c -> sb.append(' ').append(new String(Character.toChars(c)))
				.append(String.format(" (U+%04X)", c)));
		if (missing.size() > MAX_LISTED) {
			sb.append(" and ").append(missing.size() - MAX_LISTED).append(" more");
		}
		if (unavailable != null) {
			sb.append(". ").append(Fonts.FAMILY).append(" could not be loaded: ").append(unavailable.getMessage());
		} else {
			sb.append(". Fonts tried: Helvetica, Liberation Sans, ").append(Fonts.FAMILY).append('.');
		}
		return sb.toString();
	}

	private Font fontFor(int c, Font font) {
		if (c <= 0xFF || Character.isISOControl(c)) {
			return font;
		}
		BaseFont libre = fallback();
		if (libre != null && libre.charExists(c)) {
			return font; // OpenPDF shows the whole chunk in Liberation Sans
		}
		FontStyle style = font.isBold() ? FontStyle.BOLD : FontStyle.REGULAR;
		BaseFont jp = japanese(style);
		if (jp != null && jp.charExists(c)) {
			return japaneseFonts.computeIfAbsent(font,
					f -> new Font(jp, f.getSize(), f.getStyle() & Font.ITALIC, f.getColor()));
		}
		missing.add(c);
		return font;
	}

	/**
	 * Fonts for figures painted through {@code PdfGraphics2D}: the bundled Japanese font (bold or regular, as
	 * the figure's font), embedded, so that every label is text in the PDF; Helvetica if it is unavailable.
	 */
	com.lowagie.text.pdf.FontMapper figureFonts() {
		return new com.lowagie.text.pdf.FontMapper() {
			@Override
			public BaseFont awtToPdf(java.awt.Font font) {
				BaseFont jp = japanese(font.isBold() ? FontStyle.BOLD : FontStyle.REGULAR);
				if (jp != null) {
					return jp;
				}
				try {
					return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
				} catch (DocumentException | IOException e) {
					throw new IllegalStateException("Helvetica is not available to OpenPDF: " + e.getMessage(), e);
				}
			}

			@Override
			public java.awt.Font pdfToAwt(BaseFont font, int size) {
				return new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, size);
			}
		};
	}

	private BaseFont japanese(FontStyle style) {
		if (!japanese.containsKey(style)) {
			BaseFont bf = null;
			if (unavailable == null) {
				try {
					// Not OpenPDF's cache, which would share one BaseFont between the render threads.
					bf = BaseFont.createFont(style.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
							source.bytes(style), null);
				} catch (FontUnavailableException e) {
					unavailable = e;
				} catch (DocumentException | IOException e) {
					unavailable = new FontUnavailableException(
							Fonts.resourcePath(style) + " is not a font OpenPDF can embed: " + e.getMessage(), e);
				}
			}
			japanese.put(style, bf);
		}
		return japanese.get(style);
	}

	private BaseFont fallback() {
		if (!fallbackLoaded) {
			fallbackLoaded = true;
			try {
				fallback = BaseFont.createFont(OPENPDF_FALLBACK, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			} catch (DocumentException | IOException e) {
				fallback = null; // then Noto Sans JP takes these characters too
			}
		}
		return fallback;
	}

	private static boolean latin1(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0xFF) {
				return false;
			}
		}
		return true;
	}
}
