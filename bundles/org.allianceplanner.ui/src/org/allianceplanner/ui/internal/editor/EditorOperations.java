package org.allianceplanner.ui.internal.editor;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.allianceplanner.ui.internal.lsp.DocumentConnection;
import org.allianceplanner.ui.internal.lsp.Requests;
import org.allianceplanner.ui.internal.lsp.WorkspaceEdits;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * What the editor's commands do, callable from handlers and tests alike. The server computes edits
 * on its threads; they are applied on the UI thread.
 */
public final class EditorOperations {

	private static final long WAIT_MILLIS = 10_000;

	private EditorOperations() {
	}

	/** Formats the whole document with the language's formatter. */
	public static boolean format(PlanEditor editor) throws BadLocationException {
		DocumentConnection connection = editor.connection();
		if (connection == null) {
			return false;
		}
		FormattingOptions options = new FormattingOptions(4, false);
		List<? extends TextEdit> edits = Requests.await(connection.server().server()
				.formatting(new DocumentFormattingParams(Requests.document(connection.uri()), options)), WAIT_MILLIS);
		if (edits == null || edits.isEmpty()) {
			return false;
		}
		ITextSelection before = (ITextSelection) editor.getSelectionProvider().getSelection();
		Position caret = new Position(before.getOffset(), before.getLength());
		IDocument document = editor.document();
		document.addPosition(caret);
		try {
			WorkspaceEdits.apply(document, edits);
		} finally {
			document.removePosition(caret);
		}
		// The caret moved with its text; selecting it again updates the status line's position too.
		editor.selectAndReveal(caret.getOffset(), caret.getLength());
		return true;
	}

	/** Comments the selected lines out with "// ", or back in when all of them are comments. */
	public static void toggleComment(PlanEditor editor) throws BadLocationException {
		IDocument document = editor.document();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		int first = selection.getStartLine();
		int last = Math.max(first, selection.getEndLine());
		if (last > first && selection.getOffset() + selection.getLength() == document.getLineOffset(last)) {
			last--; // a selection ending at a line start does not include that line
		}
		boolean allComments = true;
		for (int line = first; line <= last; line++) {
			String text = lineText(document, line);
			if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
				allComments = false;
			}
		}
		for (int line = last; line >= first; line--) {
			IRegion region = document.getLineInformation(line);
			String text = lineText(document, line);
			if (allComments) {
				int at = text.indexOf("//");
				if (at >= 0) {
					int length = text.startsWith("// ", at) ? 3 : 2;
					document.replace(region.getOffset() + at, length, "");
				}
			} else if (!text.isBlank()) {
				document.replace(region.getOffset(), 0, "// ");
			}
		}
		int start = document.getLineOffset(first);
		IRegion end = document.getLineInformation(last);
		editor.getSelectionProvider()
				.setSelection(new TextSelection(start, end.getOffset() + end.getLength() - start));
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}

	/** Renames the element at the offset in every file that mentions it; returns the changed files. */
	public static List<IFile> rename(PlanEditor editor, int offset, String newName)
			throws CoreException, BadLocationException {
		DocumentConnection connection = editor.connection();
		if (connection == null) {
			return List.of();
		}
		RenameParams params = new RenameParams(Requests.document(connection.uri()),
				Requests.position(editor.document(), offset), newName);
		WorkspaceEdit edit = Requests.await(connection.server().server().rename(params), WAIT_MILLIS);
		return edit == null ? List.of() : WorkspaceEdits.apply(edit);
	}

	/** Every reference to the element at the offset, its declaration included. */
	public static CompletableFuture<List<? extends Location>> references(PlanEditor editor, int offset) {
		DocumentConnection connection = editor.connection();
		if (connection == null) {
			return CompletableFuture.completedFuture(List.of());
		}
		ReferenceParams params = new ReferenceParams(Requests.document(connection.uri()),
				Requests.position(editor.document(), offset), new ReferenceContext(true));
		return connection.server().server().references(params);
	}
}
