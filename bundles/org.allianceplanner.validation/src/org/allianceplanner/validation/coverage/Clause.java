package org.allianceplanner.validation.coverage;

/**
 * A unit of the Guidelines that coverage counts: a numbered clause (e.g. {@code IV.2(2)a}) or a row (field) of the Annex
 * (e.g. {@code Annex.2.b.i}, rear area support: supply).
 *
 * @param id the clause number in the document's own numbering, or the Annex item ID
 * @param title the clause heading or the Annex item text
 * @param status whether a plan can implement it
 * @param reason why it is not plannable, or which rules enforce it; null for plannable clauses
 */
public record Clause(String id, String title, Status status, String reason) {

	/** Whether a plan can implement a clause. */
	public enum Status {
		/** A plan implements it with tasks, stages, procedures or mechanisms. */
		PLANNABLE,
		/** A premise or principle: not implemented by a plan element but enforced by validation rules. */
		ENFORCED,
		/** Not plannable at all (the aim, the review of the Guidelines...). */
		NOT_PLANNABLE
	}

	public boolean isAnnexItem() {
		return id.startsWith("Annex.");
	}
}
