package org.allianceplanner.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The JSON-RPC connection of {@code alliance lsp}: lsp4j's, except that a message that is not JSON is answered
 * with a ParseError (-32700, id null) as JSON-RPC 2.0 requires, where lsp4j only logs it (with its content).
 */
final class LspConnection {

	private LspConnection() {
	}

	static Launcher<LanguageClient> create(LanguageServer server, InputStream in, OutputStream out) {
		return new LSPLauncher.Builder<LanguageClient>() {
			@Override
			protected MessageJsonHandler createJsonHandler() {
				return new ParseErrorReportingJsonHandler(getSupportedMethods(), configureGson);
			}

			@Override
			protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
				MessageConsumer outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
				Endpoint local = ServiceEndpoints.toEndpoint(localServices);
				RemoteEndpoint endpoint = exceptionHandler == null ? new AnsweringEndpoint(outgoing, local)
						: new AnsweringEndpoint(outgoing, local, exceptionHandler);
				jsonHandler.setMethodProvider(endpoint);
				endpoint.setJsonHandler(jsonHandler);
				return endpoint;
			}
		}.setLocalService(server).setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).create();
	}

	/**
	 * Reports text that is not JSON as a message issue (code ParseError), which the endpoint answers; lsp4j would
	 * only log the exception.
	 */
	private static final class ParseErrorReportingJsonHandler extends MessageJsonHandler {

		ParseErrorReportingJsonHandler(Map<String, JsonRpcMethod> methods, Consumer<GsonBuilder> configureGson) {
			super(methods, configureGson != null ? configureGson : gson -> {
			});
		}

		@Override
		public Message parseMessage(CharSequence input) {
			try {
				return super.parseMessage(input);
			} catch (JsonParseException e) {
				throw notJson(e);
			}
		}

		@Override
		public Message parseMessage(Reader input) {
			try {
				return super.parseMessage(input);
			} catch (JsonParseException e) {
				throw notJson(e);
			}
		}

		private static MessageIssueException notJson(JsonParseException e) {
			return new MessageIssueException(null,
					new MessageIssue("The message is not valid JSON.", ResponseErrorCode.ParseError.getValue(), e));
		}
	}

	/** Answers the messages that could not be read as a request or a notification. */
	private static final class AnsweringEndpoint extends RemoteEndpoint {

		private final MessageConsumer outgoing;

		AnsweringEndpoint(MessageConsumer outgoing, Endpoint local) {
			super(outgoing, local);
			this.outgoing = outgoing;
		}

		AnsweringEndpoint(MessageConsumer outgoing, Endpoint local,
				java.util.function.Function<Throwable, ResponseError> exceptionHandler) {
			super(outgoing, local, exceptionHandler);
			this.outgoing = outgoing;
		}

		@Override
		public void handle(Message message, List<MessageIssue> issues) {
			if (message instanceof RequestMessage || message instanceof ResponseMessage) {
				super.handle(message, issues);
				return;
			}
			MessageIssue parseError = issues.stream()
					.filter(issue -> issue.getIssueCode() == ResponseErrorCode.ParseError.getValue()).findFirst()
					.orElse(null);
			if (parseError != null || !(message instanceof NotificationMessage)) {
				ResponseMessage response = new ResponseMessage();
				response.setJsonrpc("2.0");
				response.setError(new ResponseError(
						parseError != null ? ResponseErrorCode.ParseError : ResponseErrorCode.InvalidRequest,
						parseError != null ? "The message is not valid JSON." : "The message is not a request.",
						null));
				outgoing.consume(response);
			}
			// A notification with invalid parameters gets no answer (JSON-RPC); it is not logged either, since
			// the log would carry its content (a whole document).
		}
	}
}
