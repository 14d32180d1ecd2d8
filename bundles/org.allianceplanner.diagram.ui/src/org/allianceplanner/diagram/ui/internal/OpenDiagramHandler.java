package org.allianceplanner.diagram.ui.internal;

import org.allianceplanner.diagram.ui.DiagramEditors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the diagram named by the command's parameter for the plan file the user works on. */
public final class OpenDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IFile file = DiagramMenus.currentPlanFile();
		if (file == null) {
			throw new ExecutionException("No plan file (*.alliance) is active or selected");
		}
		String name = event.getParameter(DiagramEditors.DIAGRAM_PARAMETER);
		if (name == null) {
			name = DiagramMenus.firstDiagram(file);
		}
		try {
			return DiagramEditors.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), file,
					name);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the diagram " + name + " of " + file.getFullPath(), e);
		}
	}
}
