package org.allianceplanner.diagram.text;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.allianceplanner.diagram.graph.FontStyle;

/**
 * Measures label text with a {@link DiagramFont} under the same rendering hints the PNG and PDF painter use
 * (antialiased, fractional metrics), so the boxes layout reserves fit what is drawn. Thread-safe.
 */
public final class TextMetrics {

	/** The hints of the painter: antialiased text with fractional metrics. */
	public static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

	private final DiagramFont font;
	private final Map<FontStyle, Font> fonts = new ConcurrentHashMap<>();

	public TextMetrics(DiagramFont font) {
		this.font = Objects.requireNonNull(font, "font");
	}

	public DiagramFont font() {
		return font;
	}

	/** The Java2D font for the style, cached. */
	public Font awtFont(FontStyle style) {
		return fonts.computeIfAbsent(style, font::awtFont);
	}

	/** The lines of a label ({@code \n} separates them); an empty label has no lines. */
	public static List<String> lines(String text) {
		return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
	}

	/** Distance between the baselines of two lines. */
	public double lineHeight(FontStyle style) {
		LineMetrics m = awtFont(style).getLineMetrics("Xg", RENDER_CONTEXT);
		return m.getAscent() + m.getDescent() + m.getLeading();
	}

	/** Distance from the top of a line to its baseline. */
	public double ascent(FontStyle style) {
		return awtFont(style).getLineMetrics("Xg", RENDER_CONTEXT).getAscent();
	}

	public double width(String line, FontStyle style) {
		return line.isEmpty() ? 0 : awtFont(style).getStringBounds(line, RENDER_CONTEXT).getWidth();
	}

	/** Width and height of the whole label, lines stacked. */
	public TextSize measure(String text, FontStyle style) {
		List<String> lines = lines(text);
		double w = 0;
		for (String line : lines) {
			w = Math.max(w, width(line, style));
		}
		return new TextSize(w, lines.size() * lineHeight(style));
	}

	/** The size of a measured text block. */
	public record TextSize(double width, double height) {
	}
}
