package org.allianceplanner.ui.internal.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;

/** Small helpers for asking the server: identifiers, positions and bounded waits. */
public final class Requests {

	private Requests() {
	}

	public static TextDocumentIdentifier document(String uri) {
		return new TextDocumentIdentifier(uri);
	}

	public static Position position(IDocument document, int offset) {
		try {
			return Positions.toPosition(document, offset);
		} catch (BadLocationException e) {
			return new Position(0, 0);
		}
	}

	/** The answer, or null when the server fails or takes longer than the caller can wait. */
	public static <T> T await(CompletableFuture<T> answer, long millis) {
		try {
			return answer.get(millis, TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (java.util.concurrent.TimeoutException e) {
			answer.cancel(true);
			return null;
		} catch (Exception e) {
			org.allianceplanner.ui.internal.Activator.log("The plan language server failed a request", e);
			return null;
		}
	}
}
