package org.allianceplanner.ui.internal.editor;

import java.util.List;

import org.allianceplanner.ui.internal.lsp.DocumentConnection;
import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.allianceplanner.ui.internal.lsp.Requests;
import org.allianceplanner.ui.internal.search.ReferencesQuery;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.swt.widgets.Shell;
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
			case FIND_REFERENCES -> findReferences(editor, offset);
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

	/** Runs the references search into the Search view (lines by file and line). */
	public static ReferencesQuery findReferences(PlanEditor editor, int offset) {
		IRegion word = Navigation.referenceAt(editor.document(), offset);
		String name;
		try {
			name = word == null ? "element" : editor.document().get(word.getOffset(), word.getLength());
		} catch (BadLocationException e) {
			name = "element";
		}
		DocumentConnection connection = editor.connection();
		if (connection == null) {
			return null; // a plan outside the workspace: no language server
		}
		// The request is made on the UI thread's view of the text, and again as it was when the search is rerun.
		ReferenceParams params = new ReferenceParams(Requests.document(connection.uri()),
				Requests.position(editor.document(), offset), new ReferenceContext(true));
		PlanLanguageServer server = connection.server();
		ReferencesQuery query = new ReferencesQuery(name, () -> server.server().references(params));
		NewSearchUI.runQueryInBackground(query);
		return query;
	}
}
