package org.allianceplanner.diagram.ui.internal;

import java.util.List;

import org.allianceplanner.diagram.edit.TextEdit;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

/**
 * A plan file's document as the workbench shares it: the file buffer that the plan editor also edits when it is
 * open (so dirty state, save and undo are the buffer's, whichever editor acts), connected for as long as a diagram
 * shows it. Edits go in as one compound change of the document's undo manager: one Ctrl+Z, in the plan editor or
 * in the diagram editor, takes back a whole diagram edit. Call from the UI thread.
 */
public final class PlanDocument {

	private final IFile file;
	private final ITextFileBuffer buffer;
	private final IDocumentUndoManager undo;

	private PlanDocument(IFile file, ITextFileBuffer buffer) {
		this.file = file;
		this.buffer = buffer;
		IDocument document = buffer.getDocument();
		DocumentUndoManagerRegistry.connect(document);
		undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		undo.connect(this); // records changes even while no text viewer is connected
	}

	/** Connects the file's buffer (the plan editor's, if one is open). Pair with {@link #disconnect()}. */
	public static PlanDocument connect(IFile file) throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.connect(file.getFullPath(), LocationKind.IFILE, null);
		return new PlanDocument(file, manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE));
	}

	public void disconnect() {
		undo.disconnect(this);
		DocumentUndoManagerRegistry.disconnect(buffer.getDocument());
		try {
			FileBuffers.getTextFileBufferManager().disconnect(file.getFullPath(), LocationKind.IFILE, null);
		} catch (CoreException e) {
			// the buffer is gone already; nothing is lost, its owner saved or discarded it
		}
	}

	public IFile file() {
		return file;
	}

	public IDocument document() {
		return buffer.getDocument();
	}

	public String text() {
		return buffer.getDocument().get();
	}

	public boolean isDirty() {
		return buffer.isDirty();
	}

	public void save(IProgressMonitor monitor) throws CoreException {
		buffer.commit(monitor, false);
	}

	public IDocumentUndoManager undoManager() {
		return undo;
	}

	/**
	 * Applies edits computed on the document's current text as one undoable change.
	 *
	 * @param edits offsets in the current text, not overlapping
	 */
	public void apply(List<TextEdit> edits) throws BadLocationException {
		IDocument document = buffer.getDocument();
		List<TextEdit> descending = edits.stream()
				.sorted((a, b) -> Integer.compare(b.offset(), a.offset())).toList();
		undo.beginCompoundChange();
		try {
			for (TextEdit edit : descending) { // from the end: earlier offsets stay valid
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} finally {
			undo.endCompoundChange();
		}
	}
}
