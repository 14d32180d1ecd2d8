package org.allianceplanner.diagram.glsp.internal;

import java.util.Optional;

import org.allianceplanner.diagram.glsp.PlanTextException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.eclipse.glsp.server.utils.MessageActionUtil;

import com.google.inject.Inject;

/** Arrange All: the core lays the diagram out again; pinned nodes stay where the user put them. */
public class ArrangeAllHandler extends BasicOperationHandler<LayoutOperation> {

	@Inject
	private DiagramSource source;

	@Inject
	private LayoutFileEditor layoutFile;

	@Inject
	private ActionDispatcher dispatcher;

	@Override
	public Optional<Command> createCommand(LayoutOperation operation) {
		try {
			layoutFile.keepPinnedOnly();
			source.reload();
			return Optional.of(new PlanOperationHandler.Written("Arrange All"));
		} catch (PlanTextException e) {
			dispatcher.dispatch(MessageActionUtil.error(e.getMessage()));
			return doNothing();
		}
	}
}
