package org.allianceplanner.docgen.content;

import java.util.List;
import java.util.Objects;

/**
 * One action of a coordination checklist.
 *
 * @param number the order in which the action is taken, from 1
 * @param action what to do
 * @param primary the party holding primary responsibility
 * @param support the parties that support, supplement or cooperate, with their role
 * @param area where the action takes place
 * @param legalBasis the legal basis it is taken under
 * @param contact whom to contact (points of contact, liaison, coordination center)
 * @param reference the plan element's identifier, for tracking
 */
public record ChecklistItem(int number, String action, String primary, String support, String area,
		String legalBasis, String contact, String reference) {

	/** Column headings shared by every tabular form of a checklist (CSV, XLSX, Markdown, PDF, DOCX). */
	public static final List<String> COLUMNS = List.of("#", "Action", "Primary responsibility", "Support",
			"Area", "Legal basis", "Contact", "Reference", "Done");

	public ChecklistItem {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(primary, "primary");
		Objects.requireNonNull(support, "support");
		Objects.requireNonNull(area, "area");
		Objects.requireNonNull(legalBasis, "legalBasis");
		Objects.requireNonNull(contact, "contact");
		Objects.requireNonNull(reference, "reference");
	}

	/** The row of this item under {@link #COLUMNS}; the Done cell is left empty for the user. */
	public List<String> cells() {
		return List.of(Integer.toString(number), action, primary, support, area, legalBasis, contact, reference, "");
	}
}
