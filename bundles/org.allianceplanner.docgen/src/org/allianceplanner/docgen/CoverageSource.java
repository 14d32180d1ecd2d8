package org.allianceplanner.docgen;

import java.util.List;

import org.allianceplanner.docgen.internal.build.DeclaredTraceability;
import org.allianceplanner.model.plan.Plan;

/**
 * Supplies the Guidelines coverage of a plan for the coverage report. Two computations exist and they differ:
 * {@link #fromTraceability()} is declared traceability, only the plan's own {@code implements} references,
 * over every element of the Guidelines document; the validation bundle's {@code CoverageAnalyzer} is
 * Guidelines coverage, which also counts what the plan contains and reports on its clause catalog (with the
 * clauses no plan can implement marked as such).
 */
@FunctionalInterface
public interface CoverageSource {

	/** The clauses to report for {@code plan}, in Guidelines order. */
	List<ClauseCoverage> coverageFor(Plan plan);

	/**
	 * Coverage from the plan's traceability: every clause of the Guidelines document(s) the plan refers to,
	 * covered by the elements whose {@code implements} names it.
	 */
	static CoverageSource fromTraceability() {
		return new DeclaredTraceability();
	}
}
