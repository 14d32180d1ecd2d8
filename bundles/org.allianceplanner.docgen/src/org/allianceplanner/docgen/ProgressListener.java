package org.allianceplanner.docgen;

/** Told about each plan as it is generated, so a terminal or the IDE can show progress. */
@FunctionalInterface
public interface ProgressListener {

	ProgressListener NONE = (index, total, plan) -> {
	};

	/**
	 * @param index the plan's position, from 1
	 * @param total the number of plans in this run
	 * @param plan the plan's name
	 */
	void planStarted(int index, int total, String plan);
}
