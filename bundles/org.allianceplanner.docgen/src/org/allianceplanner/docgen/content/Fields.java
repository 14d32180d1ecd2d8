package org.allianceplanner.docgen.content;

import java.util.List;

/** A list of labelled values (a definition list in HTML, a two-column table elsewhere). */
public record Fields(List<Field> fields) implements Block {

	public Fields {
		fields = List.copyOf(fields);
	}

	@Override
	public String kind() {
		return "fields";
	}
}
