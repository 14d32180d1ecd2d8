package org.allianceplanner.docgen.internal.build;

import org.allianceplanner.docgen.content.Banner;
import org.allianceplanner.model.plan.Classification;
import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.model.plan.Releasability;

/**
 * The markings of one document being built: portion marks for what it shows, and the banner, which carries
 * the highest classification of anything the document used.
 */
public final class Marks {

	private final Edition edition;
	private Classification highest = Classification.UNCLASSIFIED;

	public Marks(Edition edition) {
		this.edition = edition;
	}

	public Edition edition() {
		return edition;
	}

	/**
	 * Whether {@code e} may be shown; if so, the document now contains it and the banner rises to its
	 * classification. Call this for everything the document prints, including referenced elements.
	 */
	public boolean use(PlanElement e) {
		if (!edition.visible(e)) {
			return false;
		}
		Classification c = edition.classification(e);
		if (c.getValue() > highest.getValue()) {
			highest = c;
		}
		return true;
	}

	/** The portion marking of {@code e}, e.g. {@code (S//REL TO USA, JPN)}; {@code (U)} when unclassified. */
	public String portion(PlanElement e) {
		Classification c = edition.classification(e);
		Releasability r = edition.releasability(e);
		String rel = switch (r) {
		case RELEASABLE_TO_BOTH -> "REL TO USA, JPN";
		case RELEASABLE_TO_JAPAN -> "REL TO JPN";
		case RELEASABLE_TO_US -> "REL TO USA";
		case UNSPECIFIED -> "";
		};
		String cls = switch (c) {
		case TOP_SECRET -> "TS";
		case SECRET -> "S";
		case CONFIDENTIAL -> "C";
		case UNCLASSIFIED, UNSPECIFIED -> "U";
		};
		return "(" + cls + (rel.isEmpty() ? "" : "//" + rel) + ")";
	}

	public Banner banner() {
		return new Banner(caption(highest), edition.audience().caption());
	}

	static String caption(Classification c) {
		return switch (c) {
		case TOP_SECRET -> "TOP SECRET";
		case SECRET -> "SECRET";
		case CONFIDENTIAL -> "CONFIDENTIAL";
		case UNCLASSIFIED, UNSPECIFIED -> "UNCLASSIFIED";
		};
	}
}
