package org.allianceplanner.diagram.ui.internal;

import org.allianceplanner.diagram.ui.DiagramEditors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens the diagram named by the command's parameter for the plan file the user works on. Run on a plan element of
 * the Outline, the opened diagram selects that element.
 */
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
		int offset = outlineElementOffset(file, HandlerUtil.getCurrentSelection(event));
		IEditorPart opened;
		try {
			opened = DiagramEditors.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), file, name);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the diagram " + name + " of " + file.getFullPath(), e);
		}
		if (offset >= 0 && opened instanceof DiagramEditor diagram) {
			diagram.selectElementAt(offset);
		}
		return opened;
	}

	/** Where the Outline's selected element is named in the plan's document, or -1 when the selection is none. */
	private static int outlineElementOffset(IFile file, Object selection) {
		if (!(selection instanceof IStructuredSelection structured && structured.size() == 1
				&& structured.getFirstElement() instanceof DocumentSymbol symbol)) {
			return -1;
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		if (buffer == null) {
			return -1;
		}
		IDocument document = buffer.getDocument();
		Position start = (symbol.getSelectionRange() != null ? symbol.getSelectionRange() : symbol.getRange()).getStart();
		try {
			return document.getLineOffset(start.getLine()) + start.getCharacter(); // LSP counts UTF-16 units too
		} catch (BadLocationException e) {
			return -1; // the outline is older than the text: open without a selection
		}
	}
}
