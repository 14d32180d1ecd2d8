package org.allianceplanner.ui.internal.lsp;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * Keeps the language server's copy of an open plan in step with the editor's document: each edit
 * goes over as an incremental change. Sending is cheap; parsing and validation then run on the
 * server's threads, so typing never waits for them.
 */
public final class DocumentConnection implements IDocumentListener {

	private static final Set<String> CONNECTED = ConcurrentHashMap.newKeySet();

	private final PlanLanguageServer server;
	private final IDocument document;
	private final String uri;
	private int version = 1;
	private Range pendingRange;

	private DocumentConnection(PlanLanguageServer server, IDocument document, String uri) {
		this.server = server;
		this.document = document;
		this.uri = uri;
	}

	/** Opens the file's document in the server and follows its edits until {@link #disconnect()}. */
	public static DocumentConnection connect(IFile file, IDocument document) {
		PlanLanguageServer server = PlanLanguageServer.get();
		server.addProject(file.getProject());
		String uri = FileUris.of(file);
		DocumentConnection connection = new DocumentConnection(server, document, uri);
		CONNECTED.add(uri);
		server.didOpen(uri, connection.version, document.get());
		document.addDocumentListener(connection);
		return connection;
	}

	static boolean isConnected(String uri) {
		return uri != null && CONNECTED.contains(uri);
	}

	public void disconnect() {
		document.removeDocumentListener(this);
		CONNECTED.remove(uri);
		server.didClose(uri);
	}

	public String uri() {
		return uri;
	}

	public IDocument document() {
		return document;
	}

	/** The version of the text last sent (increases with every edit). */
	public int version() {
		return version;
	}

	public PlanLanguageServer server() {
		return server;
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// The range is in the old text's coordinates, so it is taken before the change.
		try {
			Position start = Positions.toPosition(document, event.getOffset());
			Position end = Positions.toPosition(document, event.getOffset() + event.getLength());
			pendingRange = new Range(start, end);
		} catch (BadLocationException e) {
			pendingRange = null;
		}
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		TextDocumentContentChangeEvent change = pendingRange == null
				? new TextDocumentContentChangeEvent(document.get())
				: new TextDocumentContentChangeEvent(pendingRange, event.getText() == null ? "" : event.getText());
		pendingRange = null;
		server.didChange(uri, ++version, List.of(change));
	}
}
