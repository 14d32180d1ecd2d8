package org.allianceplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Talks to {@code alliance lsp} as an editor would, over the JSON-RPC streams: initialize on a workspace, open a
 * plan with an error, receive its diagnostic, ask for completion.
 */
class LspCommandTest {

	private static final String CATALOGUE = """
			package demo.catalogue
			party JASDF "Japan Air Self-Defense Force": Air Self-Defense Force for Japan
			party FifthAirForce "Fifth Air Force": U.S. air forces for United States
			""";

	/** A task assigned to a party that does not exist: a linking error at line 6 (0-based 5). */
	private static final String PLAN_WITH_ERROR = """
			package demo.plan
			import demo.catalogue.*
			bilateral defense plan Demo "Demo plan" {
				situations armed attack
				task CounterAir "Counter air attack": air defense {
					JASDFX primary responsibility
				}
			}
			""";

	@TempDir
	Path workspace;

	private final RecordingClient client = new RecordingClient();
	private LanguageServer server;
	private Future<Void> serverDone;
	private Future<Void> clientDone;
	private PipedOutputStream toServer;

	@BeforeEach
	void start() throws Exception {
		Files.writeString(workspace.resolve("catalogue.alliance"), CATALOGUE, StandardCharsets.UTF_8);
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		toServer = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream fromServer = new PipedOutputStream(clientIn);
		serverDone = LspCommand.start(serverIn, fromServer);
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, toServer);
		clientDone = launcher.startListening();
		server = launcher.getRemoteProxy();
		InitializeParams init = new InitializeParams();
		init.setRootUri(workspace.toUri().toString()); // what VS Code and Neovim send for a single folder
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "demo")));
		server.initialize(init).get(60, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	@AfterEach
	void stop() throws Exception {
		server.shutdown().get(30, TimeUnit.SECONDS);
		// no 'exit' notification: Xtext's server answers it with System.exit, as it should in `alliance lsp`;
		// closing the stream ends it here as an editor that goes away would
		toServer.close();
		serverDone.get(30, TimeUnit.SECONDS);
		clientDone.cancel(true);
	}

	@Test
	void publishesTheDiagnosticOfAnOpenedPlan() throws Exception {
		String uri = open("plan.alliance", PLAN_WITH_ERROR);
		PublishDiagnosticsParams published = client.diagnosticsFor(uri, 60);
		Diagnostic error = published.getDiagnostics().stream().filter(d -> text(d).contains("JASDFX"))
				.findFirst().orElseThrow(() -> new AssertionError(published.getDiagnostics().toString()));
		assertEquals(DiagnosticSeverity.Error, error.getSeverity());
		assertEquals(5, error.getRange().getStart().getLine(), error.toString());
		assertEquals(2, error.getRange().getStart().getCharacter(), error.toString());
	}

	@Test
	void proposesThePartiesOfTheWorkspaceInATask() throws Exception {
		String uri = open("plan.alliance", PLAN_WITH_ERROR);
		client.diagnosticsFor(uri, 60); // the document is loaded and linked
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), new Position(5, 2));
		Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService().completion(params)
				.get(60, TimeUnit.SECONDS);
		List<String> labels = (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream()
				.map(CompletionItem::getLabel).toList();
		assertFalse(labels.isEmpty());
		assertTrue(labels.stream().anyMatch(l -> l.contains("JASDF")), labels.toString());
		assertTrue(labels.stream().anyMatch(l -> l.contains("FifthAirForce")), labels.toString());
	}

	@Test
	void proposesEveryTaskKindAfterATasksColon() throws Exception {
		String plan = PLAN_WITH_ERROR.replace("task CounterAir \"Counter air attack\": air defense {",
				"task CounterAir \"Counter air attack\": ");
		String uri = open("plan.alliance", plan);
		client.diagnosticsFor(uri, 60); // the document is loaded
		String line = "\ttask CounterAir \"Counter air attack\": ";
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), new Position(4, line.length()));
		Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService().completion(params)
				.get(60, TimeUnit.SECONDS);
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
		for (String kind : List.of("air defense", "protection of ports and straits", "rear area support", "other task")) {
			assertTrue(labels.contains(kind), kind + " in " + labels);
		}
		CompletionItem ports = items.stream().filter(i -> "protection of ports and straits".equals(i.getLabel()))
				.findFirst().orElseThrow();
		assertTrue(ports.getDetail().contains("IV.2(2)b"), "the Guidelines clause of the task kind: " + ports.getDetail());
	}

	/** The message of a diagnostic (plain text or markup since LSP 3.18). */
	private static String text(Diagnostic d) {
		return d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
	}

	private String open(String name, String text) throws IOException {
		Path file = workspace.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		String uri = file.toUri().toString();
		server.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "alliance", 1, text)));
		return uri;
	}

	/** The editor side: records what the server publishes. */
	static final class RecordingClient implements LanguageClient {

		private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

		/** The first publication for {@code uri} that reports something. */
		PublishDiagnosticsParams diagnosticsFor(String uri, int seconds) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
			while (System.nanoTime() < deadline) {
				PublishDiagnosticsParams p = diagnostics.poll(1, TimeUnit.SECONDS);
				if (p != null && sameFile(p.getUri(), uri) && !p.getDiagnostics().isEmpty()) {
					return p;
				}
			}
			throw new AssertionError("no diagnostics published for " + uri);
		}

		private static boolean sameFile(String a, String b) {
			return Path.of(java.net.URI.create(a)).equals(Path.of(java.net.URI.create(b)));
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.add(params);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
