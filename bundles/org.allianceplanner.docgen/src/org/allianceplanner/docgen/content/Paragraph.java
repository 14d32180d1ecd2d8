package org.allianceplanner.docgen.content;

import java.util.Objects;

/** A paragraph of plain text (renderers escape it; it never carries markup). */
public record Paragraph(String text) implements Block {

	public Paragraph {
		Objects.requireNonNull(text, "text");
	}

	@Override
	public String kind() {
		return "paragraph";
	}
}
