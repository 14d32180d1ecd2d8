package org.allianceplanner.diagram.glsp.internal;

import java.util.List;

import org.allianceplanner.diagram.glsp.DiagramHost;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;

import com.google.inject.Inject;

/**
 * GLSP's undo and redo (the client sends them for Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y): every diagram edit is a change
 * of the plan's text, so they undo and redo the text through the host (in the IDE the document's undo, shared with
 * the text editor). The text change then refreshes the diagram like any other; nothing is sent from here.
 */
public class TextUndoHandler implements ActionHandler {

	@Inject
	private DiagramHost host;

	@Override
	public List<Action> execute(Action action) {
		if (action instanceof UndoAction) {
			host.undo();
		} else if (action instanceof RedoAction) {
			host.redo();
		}
		return List.of();
	}

	@Override
	public List<Class<? extends Action>> getHandledActionTypes() {
		return List.of(UndoAction.class, RedoAction.class);
	}
}
