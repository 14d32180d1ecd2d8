package org.allianceplanner.ui;

/**
 * Identifiers of what the Alliance Planner IDE contributes, for code that opens or tests them.
 */
public final class AlliancePlanner {

	/** The plan editor for {@code *.alliance} files. */
	public static final String EDITOR_ID = "org.allianceplanner.ui.planEditor";

	/** The project nature that installs the plan builder. */
	public static final String NATURE_ID = "org.allianceplanner.ui.allianceNature";

	/** The builder that keeps markers and generated outputs of a project's plans up to date. */
	public static final String BUILDER_ID = "org.allianceplanner.ui.planBuilder";

	/**
	 * The context menu of the plan editor's Outline page, for {@code popup:} menu contributions; its selection is the
	 * outline's (LSP4J {@code DocumentSymbol}s of the plan's elements).
	 */
	public static final String OUTLINE_CONTEXT_MENU_ID = "#PlanOutlineContext";

	/** Problem markers of plan files (a subtype of the platform's problem marker). */
	public static final String PROBLEM_MARKER = "org.allianceplanner.ui.problem";

	/** The Guidelines browser view. */
	public static final String GUIDELINES_VIEW_ID = "org.allianceplanner.ui.guidelinesBrowser";

	/** File extension of plans. */
	public static final String FILE_EXTENSION = "alliance";

	/** Marker attribute: the diagnostic's issue code (a rule ID for the Guidelines rules). */
	public static final String MARKER_CODE = "org.allianceplanner.code";

	/** Marker attribute: the diagnostic's data (fix data), one entry a line. */
	public static final String MARKER_DATA = "org.allianceplanner.data";

	private AlliancePlanner() {
	}
}
