package org.allianceplanner.docgen.internal.build;

import org.allianceplanner.docgen.internal.io.SafeNames;

/** Anchors unique within one document, readable in URLs ({@code #task-air-defense}). */
final class SectionIds {

	private final SafeNames names = new SafeNames();

	String next(String prefix, String name) {
		return names.unique(prefix + "-" + name, prefix);
	}
}
