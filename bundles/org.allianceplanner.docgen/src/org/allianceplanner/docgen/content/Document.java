package org.allianceplanner.docgen.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A format-independent document: what every renderer draws. Builders make documents from plans; renderers
 * turn them into bytes. Nothing in here is escaped: each renderer escapes for its own format.
 *
 * @param kind what the document is ({@code plan}, {@code checklist}, {@code responsibility-matrix}, ...)
 * @param title the document title
 * @param subtitle a second title line (plan kind, audience), or ""
 * @param banner the classification banner of this edition
 * @param date the date the document carries; also used for every timestamp a format embeds, so output is
 *            reproducible
 * @param sections the top-level sections
 */
public record Document(String kind, String title, String subtitle, Banner banner, Instant date,
		List<Section> sections) {

	public Document {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(subtitle, "subtitle");
		Objects.requireNonNull(banner, "banner");
		Objects.requireNonNull(date, "date");
		sections = List.copyOf(sections);
	}

	/** The date as {@code yyyy-MM-dd} (UTC), as printed in title blocks. */
	public String dateText() {
		return date.toString().substring(0, 10);
	}
}
