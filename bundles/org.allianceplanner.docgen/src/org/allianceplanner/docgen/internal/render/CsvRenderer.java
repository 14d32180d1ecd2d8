package org.allianceplanner.docgen.internal.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.TabularView;

/**
 * RFC 4180 CSV of the document's tables. All tables of one document share a header (checklists, matrices);
 * when there are several, a leading {@code Section} column tells which section a row comes from. The first
 * line carries the classification banner so that the marking travels with the data.
 */
public final class CsvRenderer implements Renderer {

	@Override
	public OutputFormat format() {
		return OutputFormat.CSV;
	}

	@Override
	public void render(Document document, OutputStream out) throws IOException {
		List<TabularView.Entry> entries = TabularView.of(document);
		Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writeRow(w, List.of(document.banner().line()));
		if (!entries.isEmpty()) {
			List<String> header = entries.get(0).table().header();
			for (TabularView.Entry e : entries) {
				if (!e.table().header().equals(header)) {
					throw new IllegalArgumentException("CSV needs tables with one header; '"
							+ e.table().caption() + "' has " + e.table().header() + ", expected " + header);
				}
			}
			boolean sectioned = entries.size() > 1;
			writeRow(w, sectioned ? prepend("Section", header) : header);
			for (TabularView.Entry e : entries) {
				String where = String.join(" / ", e.path());
				for (List<String> row : e.table().rows()) {
					writeRow(w, sectioned ? prepend(where, row) : row);
				}
			}
		}
		w.flush();
	}

	private static List<String> prepend(String first, List<String> rest) {
		List<String> row = new ArrayList<>(rest.size() + 1);
		row.add(first);
		row.addAll(rest);
		return row;
	}

	private static void writeRow(Writer w, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				w.write(',');
			}
			w.write(Escapes.csv(cells.get(i)));
		}
		w.write("\r\n");
	}
}
