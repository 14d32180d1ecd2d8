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
}
