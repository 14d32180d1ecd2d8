package org.allianceplanner.diagram.glsp.internal;

import org.eclipse.glsp.server.model.DefaultGModelState;

/**
 * The GModel state of a session. Every diagram edit is written to the plan text at once ({@code PlanTexts}),
 * so the diagram itself is never dirty; undo is the text's (the IDE's document), not the diagram's.
 */
public class AllianceModelState extends DefaultGModelState {

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean canUndo() {
		return false;
	}

	@Override
	public boolean canRedo() {
		return false;
	}
}
