package org.allianceplanner.ui.internal.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;

/**
 * Applies the server's edits (formatting, rename, quick fixes) to documents. A file open in an editor
 * changes in the editor and stays unsaved; any other file is changed and saved, which the
 * {@link ResourceWatcher} then reports back to the server.
 */
public final class WorkspaceEdits {

	private WorkspaceEdits() {
	}

	public static void apply(IDocument document, List<? extends TextEdit> edits) throws BadLocationException {
		MultiTextEdit all = new MultiTextEdit();
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
				.thenComparing(e -> e.getRange().getStart().getCharacter()));
		for (TextEdit edit : sorted) {
			IRegion region = Positions.toRegion(document, edit.getRange());
			all.addChild(new ReplaceEdit(region.getOffset(), region.getLength(), edit.getNewText()));
		}
		try {
			all.apply(document);
		} catch (MalformedTreeException e) {
			throw new BadLocationException(e.getMessage());
		}
	}

	/** Applies a workspace edit; returns the files it changed. */
	public static List<IFile> apply(WorkspaceEdit edit) throws CoreException, BadLocationException {
		List<IFile> changed = new ArrayList<>();
		if (edit.getChanges() != null) {
			for (Map.Entry<String, List<TextEdit>> entry : edit.getChanges().entrySet()) {
				changed.add(applyToFile(entry.getKey(), entry.getValue()));
			}
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
				if (change.isLeft()) {
					TextDocumentEdit documentEdit = change.getLeft();
					changed.add(applyToFile(documentEdit.getTextDocument().getUri(),
							documentEdit.getEdits().stream().filter(Either::isLeft).map(Either::getLeft).toList()));
				}
			}
		}
		return changed;
	}

	private static IFile applyToFile(String uri, List<? extends TextEdit> edits) throws CoreException, BadLocationException {
		IFile file = FileUris.fileOf(uri);
		if (file == null) {
			throw new CoreException(org.eclipse.core.runtime.Status.error("Not a workspace file: " + uri));
		}
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		boolean openInEditor = DocumentConnection.isConnected(uri);
		manager.connect(path, LocationKind.IFILE, new NullProgressMonitor());
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
			apply(buffer.getDocument(), edits);
			if (!openInEditor) {
				buffer.commit(new NullProgressMonitor(), true);
			}
		} finally {
			manager.disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
		}
		return file;
	}
}
