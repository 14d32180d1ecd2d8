package org.allianceplanner.docgen.content;

import java.util.Objects;

/**
 * A link to another generated file.
 *
 * @param href a path relative to the file that holds the link, always with {@code /} separators
 */
public record Link(String text, String href, String note) {

	public Link {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(href, "href");
		Objects.requireNonNull(note, "note");
	}
}
