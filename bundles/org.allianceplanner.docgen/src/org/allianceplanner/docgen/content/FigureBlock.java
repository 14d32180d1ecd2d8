package org.allianceplanner.docgen.content;

import java.util.Objects;

import org.allianceplanner.docgen.Figure;

/**
 * A picture with its caption. {@code file} is where the picture is also written as SVG, relative to the
 * document's folder, for formats that link to it instead of embedding it (Markdown).
 */
public record FigureBlock(Figure figure, String file) implements Block {

	public FigureBlock {
		Objects.requireNonNull(figure, "figure");
		Objects.requireNonNull(file, "file");
	}

	public String title() {
		return figure.title();
	}

	/** The SVG without its XML declaration, for embedding in an HTML page. */
	public String inlineSvg() {
		String svg = figure.svg();
		if (svg.startsWith("<?xml")) {
			int end = svg.indexOf("?>");
			svg = end < 0 ? svg : svg.substring(end + 2).stripLeading();
		}
		return svg;
	}

	@Override
	public String kind() {
		return "figure";
	}
}
