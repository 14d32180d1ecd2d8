package org.allianceplanner.docgen;

import java.util.List;

import org.allianceplanner.model.plan.Plan;

/**
 * Supplies the figures (diagrams) to show in a plan's document, for one audience: a figure must leave out
 * everything the audience may not see, exactly as the document does ({@link Audience#visibility()}).
 */
@FunctionalInterface
public interface FigureSource {

	/** The figures of {@code plan} for {@code audience}, in the order to show them. */
	List<Figure> figuresFor(Plan plan, Audience audience);

	/** No figures: documents have no diagrams section. */
	FigureSource NONE = (plan, audience) -> List.of();
}
