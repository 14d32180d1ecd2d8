package org.allianceplanner.docgen.content;

import java.util.List;

/** Ordered actions with a check box each. */
public record Checklist(List<ChecklistItem> items) implements Block {

	public Checklist {
		items = List.copyOf(items);
	}

	@Override
	public String kind() {
		return "checklist";
	}

	/** The same items as a table, for the tabular formats. */
	public Table asTable(String caption) {
		return new Table(caption, ChecklistItem.COLUMNS, items.stream().map(ChecklistItem::cells).toList());
	}
}
