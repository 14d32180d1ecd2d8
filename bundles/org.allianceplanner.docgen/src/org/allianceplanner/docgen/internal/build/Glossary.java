package org.allianceplanner.docgen.internal.build;

import java.util.List;

/** Abbreviations used in generated documents and in the Guidelines. */
final class Glossary {

	static final List<List<String>> ENTRIES = List.of(
			List.of("BCC", "Bilateral coordination center (IV.2(3)b, V.1)"),
			List.of("C", "Confidential (portion marking)"),
			List.of("JPN", "Japan"),
			List.of("NEO", "Noncombatant evacuation operations (V.2(1)c)"),
			List.of("POL", "Petroleum, oil and lubricants"),
			List.of("REL TO", "Releasable to the Governments named"),
			List.of("S", "Secret (portion marking)"),
			List.of("SCC", "Security Consultative Committee"),
			List.of("SDC", "Subcommittee for Defense Cooperation"),
			List.of("SDF", "Self-Defense Forces"),
			List.of("SIASJ", "Situation in areas surrounding Japan (V)"),
			List.of("SSC", "Security Sub-Committee"),
			List.of("TS", "Top Secret (portion marking)"),
			List.of("U", "Unclassified (portion marking)"),
			List.of("U.S.", "United States"),
			List.of("USA", "United States of America"));

	private Glossary() {
	}
}
