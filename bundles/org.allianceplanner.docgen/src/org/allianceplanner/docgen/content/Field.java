package org.allianceplanner.docgen.content;

import java.util.Objects;

/** A labelled value, e.g. {@code Legal basis: Self-Defense Forces Law}. */
public record Field(String label, String value) {

	public Field {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(value, "value");
	}
}
