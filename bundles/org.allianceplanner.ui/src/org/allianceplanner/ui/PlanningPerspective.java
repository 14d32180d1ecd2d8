package org.allianceplanner.ui;

/**
 * Identifiers of the Alliance Planning perspective and of the product, for code that opens or
 * tests them.
 */
public final class PlanningPerspective {

	/** The Alliance Planning perspective, the product's default. */
	public static final String ID = "org.allianceplanner.ui.planningPerspective";

	/** The Alliance Planner product declared by this bundle. */
	public static final String PRODUCT_ID = "org.allianceplanner.ui.product";

	private PlanningPerspective() {
	}
}
