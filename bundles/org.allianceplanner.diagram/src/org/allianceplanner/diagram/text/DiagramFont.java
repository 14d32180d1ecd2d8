package org.allianceplanner.diagram.text;

import java.awt.Font;
import java.util.Optional;

import org.allianceplanner.diagram.graph.FontStyle;

/**
 * The typeface diagrams are measured and drawn with. One instance serves layout and all renderers of a
 * diagram, so sizes agree. The style's size, weight and slant come from the graph; the family is this font's.
 */
public interface DiagramFont {

	/** The family name written into SVG ({@code font-family}). */
	String family();

	/** A Java2D font for the style (size in points, bold, italic). */
	Font awtFont(FontStyle style);

	/**
	 * The TrueType file behind the font for the given weight, for embedding into PDF; empty when the font is a
	 * JDK logical font (the PDF then uses a standard font, which has no Japanese glyphs).
	 */
	Optional<byte[]> trueTypeBytes(boolean bold);

	/** The JDK's logical sans-serif font: always there, but without a guaranteed set of glyphs. */
	static DiagramFont logicalSansSerif() {
		return LogicalSansSerif.INSTANCE;
	}

	/**
	 * The bundled Noto Sans JP (Japanese glyphs), or empty with the reason when this build does not carry the
	 * font files (an IDE workspace not built by Maven).
	 *
	 * @param problems receives the reason when the font is unavailable
	 */
	static Optional<DiagramFont> bundled(java.util.function.Consumer<String> problems) {
		try {
			return Optional.of(new BundledDiagramFont());
		} catch (org.allianceplanner.fonts.FontUnavailableException e) {
			problems.accept(e.getMessage() + "; diagrams fall back to the JDK's logical sans-serif font, "
					+ "which may lack Japanese glyphs");
			return Optional.empty();
		}
	}

	/** The font diagrams use: the bundled one, else the logical font (the reason goes to {@code problems}). */
	static DiagramFont standard(java.util.function.Consumer<String> problems) {
		return bundled(problems).orElse(logicalSansSerif());
	}
}
