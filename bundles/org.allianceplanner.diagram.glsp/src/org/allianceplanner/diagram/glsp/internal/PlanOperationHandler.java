package org.allianceplanner.diagram.glsp.internal;

import java.util.Optional;

import org.allianceplanner.diagram.edit.EditException;
import org.allianceplanner.diagram.edit.PlanEdit;
import org.allianceplanner.diagram.glsp.PlanTextException;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.utils.MessageActionUtil;

import com.google.inject.Inject;

/**
 * An operation that becomes an edit of the plan text: the edit is computed by {@link PlanEditor} and written
 * through the session's {@code PlanTexts} here, not in the returned command, because GLSP's command stack
 * swallows a command's exceptions and the user must see why an edit was refused (an error message to the
 * client). The returned command only makes GLSP send the updated model.
 */
public abstract class PlanOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

	@Inject
	protected DiagramSource source;

	@Inject
	protected PlanEditor editor;

	@Inject
	private ActionDispatcher dispatcher;

	@Override
	public Optional<Command> createCommand(O operation) {
		try {
			PlanEdit edit = edit(operation);
			if (edit == null || edit.isEmpty()) {
				return doNothing();
			}
			source.apply(edit);
			return Optional.of(new Written(edit.label()));
		} catch (EditException | PlanTextException e) {
			dispatcher.dispatch(MessageActionUtil.error(e.getMessage()));
			return doNothing();
		}
	}

	/** The edit that carries the operation out, or null for none. */
	protected abstract PlanEdit edit(O operation);

	/** Done already: the text is written. */
	static final class Written extends AbstractCommand {

		Written(String label) {
			super(label);
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public boolean canUndo() {
			return false;
		}

		@Override
		public void execute() {
			// written by createCommand
		}

		@Override
		public void redo() {
			// not undoable
		}
	}
}
