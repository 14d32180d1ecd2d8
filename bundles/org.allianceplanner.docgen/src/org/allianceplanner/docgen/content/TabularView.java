package org.allianceplanner.docgen.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of a document in reading order, each with the titles of the sections that hold it. The
 * spreadsheet formats (CSV, XLSX) draw exactly these, so they agree with the page formats by construction.
 */
public final class TabularView {

	/** A table and the path of section titles leading to it. */
	public record Entry(List<String> path, Table table) {
	}

	private TabularView() {
	}

	public static List<Entry> of(Document document) {
		List<Entry> entries = new ArrayList<>();
		for (Section section : document.sections()) {
			collect(section, new ArrayList<>(), entries);
		}
		return entries;
	}

	private static void collect(Section section, List<String> parents, List<Entry> entries) {
		List<String> path = new ArrayList<>(parents);
		path.add(section.heading());
		for (Block block : section.blocks()) {
			if (block instanceof Table table) {
				entries.add(new Entry(List.copyOf(path), table));
			} else if (block instanceof Checklist checklist) {
				entries.add(new Entry(List.copyOf(path), checklist.asTable(section.title())));
			}
		}
		for (Section child : section.sections()) {
			collect(child, path, entries);
		}
	}
}
