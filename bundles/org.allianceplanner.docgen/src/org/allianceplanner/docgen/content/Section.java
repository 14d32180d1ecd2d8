package org.allianceplanner.docgen.content;

import java.util.List;
import java.util.Objects;

/**
 * A titled part of a document, holding blocks and then subsections.
 *
 * @param id a stable anchor, unique in its document (letters, digits, '-')
 * @param portion the portion marking of what the section describes, e.g. {@code (S//REL TO USA, JPN)}, or ""
 */
public record Section(String id, String title, String portion, List<Block> blocks, List<Section> sections) {

	public Section {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(portion, "portion");
		blocks = List.copyOf(blocks);
		sections = List.copyOf(sections);
	}

	public Section(String id, String title, List<Block> blocks) {
		this(id, title, "", blocks, List.of());
	}

	/** The title with its portion marking in front, as the formats print it. */
	public String heading() {
		return portion.isEmpty() ? title : portion + " " + title;
	}
}
