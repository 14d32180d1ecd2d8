package org.allianceplanner.docgen;

import java.util.Locale;
import java.util.function.Predicate;

import org.allianceplanner.docgen.internal.build.Edition;
import org.allianceplanner.model.plan.Releasability;
import org.eclipse.emf.ecore.EObject;

/**
 * Who an edition is for. An edition holds only what is releasable to its audience: the Japan edition what is
 * releasable to Japan or to both, the United States edition what is releasable to the United States or to
 * both, the bilateral edition only what is releasable to both.
 */
public enum Audience {
	JAPAN("japan", "Japan only", "REL TO JPN"),
	UNITED_STATES("united-states", "United States only", "REL TO USA"),
	BOTH("both", "Releasable to both Governments", "REL TO USA, JPN");

	private final String id;
	private final String label;
	private final String caption;

	Audience(String id, String label, String caption) {
		this.id = id;
		this.label = label;
		this.caption = caption;
	}

	/** The name used on the command line and in file names ({@code japan}, {@code united-states}, {@code both}). */
	public String id() {
		return id;
	}

	/** A phrase for title blocks, e.g. {@code Japan only}. */
	public String label() {
		return label;
	}

	/** The releasability caption of the banner, e.g. {@code REL TO JPN}. */
	public String caption() {
		return caption;
	}

	/** Whether something marked with this (specified) releasability may be shown to this audience. */
	public boolean admits(Releasability releasability) {
		return switch (releasability) {
		case RELEASABLE_TO_BOTH -> true;
		case RELEASABLE_TO_JAPAN -> this == JAPAN;
		case RELEASABLE_TO_US -> this == UNITED_STATES;
		case UNSPECIFIED -> false;
		};
	}

	/**
	 * Which elements this audience may see, decided exactly as the documents decide (an edition for this
	 * audience). For other outputs that must leave out the same elements, such as diagrams. A fresh
	 * predicate per call; it caches its answers, so use one per generation run.
	 */
	public Predicate<EObject> visibility() {
		return new Edition(this)::visible;
	}

	/**
	 * Parses an audience as users type it: {@code japan}/{@code jp}/{@code jpn}, {@code united-states}/
	 * {@code us}/{@code usa}, {@code both}.
	 *
	 * @throws IllegalArgumentException naming the accepted values
	 */
	public static Audience parse(String text) {
		String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
		return switch (t) {
		case "japan", "jp", "jpn" -> JAPAN;
		case "united-states", "us", "usa", "u.s." -> UNITED_STATES;
		case "both", "bilateral" -> BOTH;
		default -> throw new IllegalArgumentException(
				"Unknown audience '" + text + "'; expected japan, united-states or both");
		};
	}
}
