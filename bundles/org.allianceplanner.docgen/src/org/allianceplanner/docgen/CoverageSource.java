package org.allianceplanner.docgen;

import java.util.List;

import org.allianceplanner.docgen.internal.build.TraceCoverage;
import org.allianceplanner.model.plan.Plan;

/**
 * Supplies the Guidelines coverage of a plan for the coverage report. The validation bundle computes it;
 * {@link #fromTraceability()} derives it from the plan's own {@code implements} references.
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
		return new TraceCoverage();
	}
}
