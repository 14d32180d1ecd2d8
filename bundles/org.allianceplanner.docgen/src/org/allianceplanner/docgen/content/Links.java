package org.allianceplanner.docgen.content;

import java.util.List;

/** A list of links to generated files (the index page). */
public record Links(List<Link> links) implements Block {

	public Links {
		links = List.copyOf(links);
	}

	@Override
	public String kind() {
		return "links";
	}
}
