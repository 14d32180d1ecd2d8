package org.allianceplanner.model.internal.library;

import org.allianceplanner.model.guidelines.Body;
import org.allianceplanner.model.guidelines.BodyKind;
import org.allianceplanner.model.guidelines.GuidelinesDocument;
import org.allianceplanner.model.guidelines.GuidelinesFactory;

/**
 * The consultative bodies the Guidelines name. The text spells out only the SSC ("Security
 * Sub-Committee (SSC)", III.1); the full names of the SCC and the SDC are those of the bodies of the
 * U.S.-Japan security arrangements.
 */
final class BodyCatalogue {

	private BodyCatalogue() {
	}

	static void addBodies(GuidelinesDocument document, GuidelinesFactory factory) {
		add(document, factory, BodyKind.SCC, "Security Consultative Committee",
				"Presents policy direction to the work of the comprehensive mechanism, validates the progress of work and issues directives as necessary (VI).");
		add(document, factory, BodyKind.SSC, "Security Sub-Committee",
				"A forum for information sharing and policy consultations (III.1, VI).");
		add(document, factory, BodyKind.SDC, "Subcommittee for Defense Cooperation",
				"Assists the SCC in bilateral work (VI); progress and results are reported to it at significant milestones (VI.1).");
	}

	private static void add(GuidelinesDocument document, GuidelinesFactory factory, BodyKind kind, String title, String text) {
		Body body = factory.createBody();
		body.setKind(kind);
		body.setName(kind.getName());
		body.setTitle(title);
		body.setText(text);
		document.getBodies().add(body);
	}
}
