package org.allianceplanner.dsl.ide.symbol;

/**
 * A named plan element of the workspace as the index knows it, without loading its file.
 *
 * @param name its own name ("CounterAir")
 * @param qualifier what it is in: package and enclosing elements ("jpus.AirDefense"), empty at the top
 * @param kind what kind of element it is
 * @param resourceUri the URI of its file
 * @param fragment its URI fragment within that file
 */
public record PlanElementEntry(String name, String qualifier, PlanSymbolKinds kind, String resourceUri,
		String fragment) {

	/** The qualified name, as other files refer to it. */
	public String qualifiedName() {
		return qualifier.isEmpty() ? name : qualifier + "." + name;
	}
}
