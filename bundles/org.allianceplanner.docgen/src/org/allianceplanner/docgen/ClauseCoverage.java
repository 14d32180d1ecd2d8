package org.allianceplanner.docgen;

import java.util.List;
import java.util.Objects;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.plan.PlanElement;

/**
 * Whether a plan covers one Guidelines clause (or Annex function, field or item), and by which elements.
 *
 * @param clause the clause
 * @param coveredBy the plan elements that implement it; empty when the plan leaves it open
 */
public record ClauseCoverage(GuidelinesElement clause, List<PlanElement> coveredBy) {

	public ClauseCoverage {
		Objects.requireNonNull(clause, "clause");
		coveredBy = List.copyOf(coveredBy);
	}
}
