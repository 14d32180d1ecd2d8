package org.allianceplanner.validation.coverage;

import java.util.List;
import java.util.Map;

import org.allianceplanner.validation.coverage.Clause.Status;

/**
 * Which clauses and Annex rows the plans cover, and through what.
 *
 * @param clauses every clause and Annex row, in document order
 * @param coveredBy for each covered clause ID, the elements that cover it
 * @param unknownReferences {@code implements} targets that name no clause of the catalog
 */
public record CoverageReport(List<Clause> clauses, Map<String, List<Evidence>> coveredBy, List<String> unknownReferences) {

	/** One element that covers a clause: its label, URI, and whether it says so ({@code implements}) or does so. */
	public record Evidence(String element, String elementUri, How how) {
	}

	/** How an element covers a clause. */
	public enum How {
		/** The element cites the clause in {@code implements}. */
		IMPLEMENTS,
		/** The element's content does what the clause describes (e.g. a minesweeping task). */
		CONTENT
	}

	public boolean isCovered(String clauseId) {
		return coveredBy.containsKey(clauseId);
	}

	/** Plannable clauses and rows no plan covers. */
	public List<Clause> open() {
		return clauses.stream().filter(c -> c.status() == Status.PLANNABLE && !isCovered(c.id())).toList();
	}

	public long plannableCount() {
		return clauses.stream().filter(c -> c.status() == Status.PLANNABLE).count();
	}

	public long coveredCount() {
		return clauses.stream().filter(c -> c.status() == Status.PLANNABLE && isCovered(c.id())).count();
	}

	/** True when every plannable clause is covered. */
	public boolean isComplete() {
		return open().isEmpty();
	}
}
