package org.allianceplanner.docgen;

import java.awt.Graphics2D;

/**
 * A picture for a document, such as a plan's diagram, that can draw itself in every form the renderers need:
 * SVG text (HTML, the file beside a Markdown document), PNG bytes (Word) and vector drawing onto a Java2D
 * surface (PDF, through OpenPDF's {@code PdfGraphics2D}). Docgen knows nothing else about it, so it depends on
 * no diagram bundle. Implementations must be safe to use from several render threads.
 */
public interface Figure {

	/** A name usable in a file name, unique among one plan's figures, e.g. {@code responsibility}. */
	String name();

	/** The caption, e.g. {@code Responsibility}. */
	String title();

	/** Width of the drawing in points. */
	double width();

	/** Height of the drawing in points. */
	double height();

	/** A self-contained SVG document (UTF-8 text, no scripts). */
	String svg();

	/** A PNG image of the drawing. */
	byte[] png();

	/**
	 * Paints the drawing onto {@code g}, with its top-left corner at the origin and one unit per point, within
	 * {@link #width()} by {@link #height()}; the caller sets any scale.
	 */
	void paint(Graphics2D g);
}
