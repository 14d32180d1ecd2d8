package org.allianceplanner.docgen.content;

import java.util.Objects;

/**
 * The classification banner shown at the top and bottom of every page of a generated file: the highest
 * classification the edition contains and the audience it is releasable to.
 *
 * @param classification the overall classification caption, e.g. {@code SECRET}
 * @param releasability the releasability caption, e.g. {@code REL TO JPN, USA}
 */
public record Banner(String classification, String releasability) {

	public Banner {
		Objects.requireNonNull(classification, "classification");
		Objects.requireNonNull(releasability, "releasability");
	}

	/** The single-line form used in page headers and footers. */
	public String line() {
		return releasability.isEmpty() ? classification : classification + "//" + releasability;
	}
}
