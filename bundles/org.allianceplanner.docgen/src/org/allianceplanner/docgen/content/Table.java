package org.allianceplanner.docgen.content;

import java.util.List;
import java.util.Objects;

/**
 * A table of plain-text cells. Every row has as many cells as the header.
 *
 * @param caption shown above the table; the sheet name in XLSX
 */
public record Table(String caption, List<String> header, List<List<String>> rows) implements Block {

	public Table {
		Objects.requireNonNull(caption, "caption");
		header = List.copyOf(header);
		rows = rows.stream().map(List::copyOf).toList();
		for (List<String> row : rows) {
			if (row.size() != header.size()) {
				throw new IllegalArgumentException("Table '" + caption + "': row " + row + " has " + row.size()
						+ " cells, the header has " + header.size());
			}
		}
	}

	@Override
	public String kind() {
		return "table";
	}
}
