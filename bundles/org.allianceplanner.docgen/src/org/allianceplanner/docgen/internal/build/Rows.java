package org.allianceplanner.docgen.internal.build;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.docgen.content.Block;
import org.allianceplanner.docgen.content.Field;
import org.allianceplanner.docgen.content.Fields;

/** Collects labelled values, skipping empty ones, so documents show only what the plan says. */
final class Rows {

	private final List<Field> fields = new ArrayList<>();

	Rows add(String label, String value) {
		if (value != null && !value.isBlank()) {
			fields.add(new Field(label, value.strip()));
		}
		return this;
	}

	boolean isEmpty() {
		return fields.isEmpty();
	}

	Block block() {
		return new Fields(fields);
	}
}
