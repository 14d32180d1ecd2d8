package org.allianceplanner.docgen;

import java.util.List;

import org.allianceplanner.model.plan.Plan;

/** Supplies the validation findings (suppressed ones included) to list in a plan's document. */
@FunctionalInterface
public interface FindingsSource {

	/** The findings about {@code plan} and its elements, in the order to print them. */
	List<Finding> findingsFor(Plan plan);

	/** Validation was not run: the document says so instead of listing no findings. */
	FindingsSource NOT_SUPPLIED = plan -> List.of();
}
