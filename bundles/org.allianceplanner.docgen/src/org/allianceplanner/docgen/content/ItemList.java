package org.allianceplanner.docgen.content;

import java.util.List;

/** A bulleted list of plain-text items. */
public record ItemList(List<String> items) implements Block {

	public ItemList {
		items = List.copyOf(items);
	}

	@Override
	public String kind() {
		return "list";
	}
}
