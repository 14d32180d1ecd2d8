package org.allianceplanner.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.allianceplanner.diagram.render.DiagramFormat;
import org.allianceplanner.diagram.ui.DiagramEditors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Export > SVG / PNG of the active diagram editor: asks for the file, never replaces one unasked (the dialog
 * confirms an overwrite), writes it whole or not at all.
 */
public final class ExportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditorChecked(event);
		if (!(part instanceof DiagramEditor editor)) {
			throw new ExecutionException("No diagram editor is active");
		}
		String formatName = event.getParameter(DiagramEditors.FORMAT_PARAMETER);
		DiagramFormat format = DiagramFormat.valueOf((formatName == null ? "svg" : formatName).toUpperCase(Locale.ROOT));
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + format.extension() });
		dialog.setFilterPath(editor.diagramInput().file().getLocation().removeLastSegments(1).toOSString());
		PlanDrawing.Drawing drawn = editor.current();
		// the file name alliance diagram gives it, e.g. readiness-stages.svg
		String name = drawn != null && drawn.diagram() != null ? drawn.diagram().name() : editor.diagramInput().diagram();
		dialog.setFileName(name + "." + format.extension());
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		try {
			editor.export(format, Path.of(chosen));
		} catch (IOException e) {
			MessageDialog.openError(shell, "Export Diagram", chosen + ": " + e.getMessage());
		}
		return null;
	}
}
