package org.allianceplanner.dsl.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server with the protocol's own answers where Xtext fails internally: an unknown method is
 * answered with MethodNotFound (-32601), and a change outside the document is refused with an error message to
 * the editor (the document stays as it was) instead of an exception whose text holds the whole document.
 */
public class PlanLanguageServer extends LanguageServerImpl {

	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		try {
			return super.request(method, parameter);
		} catch (UnsupportedOperationException e) {
			// Xtext's way of saying that no extension serves the method.
			throw new ResponseErrorException(
					new ResponseError(ResponseErrorCode.MethodNotFound, "Unknown method '" + method + "'.", null));
		}
	}

	@Override
	protected Buildable toBuildable(DidChangeTextDocumentParams params) {
		try {
			return super.toBuildable(params);
		} catch (IndexOutOfBoundsException e) {
			String uri = params.getTextDocument().getUri();
			getLanguageClient().showMessage(new MessageParams(MessageType.Error, "A change to " + uri
					+ " lies outside the document and was not applied; close and reopen the file."));
			return Buildable.NO_BUILD;
		}
	}
}
