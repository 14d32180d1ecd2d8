package org.allianceplanner.diagram.graph;

/** The one check every identity passes: present and not blank (its content is the interpreter's business). */
final class Identities {

	private Identities() {
	}

	static String check(String identity) {
		if (identity == null || identity.isBlank()) {
			throw new IllegalArgumentException("a diagram element needs a non-blank identity, got '" + identity + "'");
		}
		return identity;
	}
}
