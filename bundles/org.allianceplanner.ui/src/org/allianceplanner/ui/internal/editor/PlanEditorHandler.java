package org.allianceplanner.ui.internal.editor;

import java.util.List;

import org.allianceplanner.ui.internal.lsp.FileUris;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The plan editor's commands (F3, Ctrl+Shift+F, Ctrl+/, Alt+Shift+R, Ctrl+Shift+G), one handler
 * class told apart by the command ID, each delegating to {@link EditorOperations}.
 */
public class PlanEditorHandler extends AbstractHandler {

	public static final String OPEN_DECLARATION = "org.allianceplanner.ui.openDeclaration";
	public static final String FORMAT = "org.allianceplanner.ui.format";
	public static final String TOGGLE_COMMENT = "org.allianceplanner.ui.toggleComment";
	public static final String RENAME = "org.allianceplanner.ui.rename";
	public static final String FIND_REFERENCES = "org.allianceplanner.ui.findReferences";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor)) {
			return null;
		}
		int offset = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
		Shell shell = HandlerUtil.getActiveShell(event);
		try {
			switch (event.getCommand().getId()) {
			case OPEN_DECLARATION -> Navigation.openDeclaration(editor, offset);
			case FORMAT -> EditorOperations.format(editor);
			case TOGGLE_COMMENT -> EditorOperations.toggleComment(editor);
			case RENAME -> rename(editor, offset, shell);
			case FIND_REFERENCES -> findReferences(editor, offset, shell);
			default -> throw new ExecutionException("Unknown command " + event.getCommand().getId());
			}
		} catch (BadLocationException | org.eclipse.core.runtime.CoreException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	private static void rename(PlanEditor editor, int offset, Shell shell)
			throws org.eclipse.core.runtime.CoreException, BadLocationException {
		IRegion word = Navigation.referenceAt(editor.document(), offset);
		String old = word == null ? "" : editor.document().get(word.getOffset(), word.getLength());
		InputDialog dialog = new InputDialog(shell, "Rename Element", "New name (changes every file that uses it):",
				old, text -> text.matches("[A-Za-z_][A-Za-z0-9_]*") ? null : "Not a valid name");
		if (dialog.open() == Window.OK) {
			List<IFile> changed = EditorOperations.rename(editor, offset, dialog.getValue());
			if (changed.isEmpty()) {
				MessageDialog.openInformation(shell, "Rename Element", "Nothing to rename here.");
			}
		}
	}

	private static void findReferences(PlanEditor editor, int offset, Shell shell) {
		Display display = shell.getDisplay();
		EditorOperations.references(editor, offset).thenAccept(locations -> display.asyncExec(() -> {
			if (locations == null || locations.isEmpty()) {
				MessageDialog.openInformation(shell, "References", "No references found.");
				return;
			}
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
				@Override
				public String getText(Object element) {
					Location location = (Location) element;
					IFile file = FileUris.fileOf(location.getUri());
					return (file == null ? location.getUri() : file.getFullPath().toString()) + ":"
							+ (location.getRange().getStart().getLine() + 1);
				}
			});
			dialog.setTitle("References");
			dialog.setMessage(locations.size() + " references; choose one to open:");
			dialog.setElements(locations.toArray());
			if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Location location) {
				Navigation.open(location.getUri(), location.getRange());
			}
		}));
	}
}
