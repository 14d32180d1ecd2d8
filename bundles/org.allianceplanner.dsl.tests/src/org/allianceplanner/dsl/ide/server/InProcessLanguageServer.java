package org.allianceplanner.dsl.ide.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.allianceplanner.dsl.ide.AllianceIdeSetup;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
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
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The plan language server as {@code alliance lsp} builds it (Xtext's ServerModule with {@link PlanServerModule}),
 * called through the LSP API in this JVM: for tests and benchmarks of what an editor receives.
 */
public final class InProcessLanguageServer {

	private final LanguageServerImpl server;
	private final SilentClient client = new SilentClient();

	public InProcessLanguageServer(Path workspace) throws Exception {
		Injector language = new AllianceIdeSetup().createInjectorAndDoEMFRegistration();
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put("alliance", language.getInstance(IResourceServiceProvider.class));
		Injector injector = Guice.createInjector(Modules.override(new ServerModule()).with(new PlanServerModule(),
				binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)));
		server = injector.getInstance(LanguageServerImpl.class);
		server.connect(client);
		InitializeParams init = new InitializeParams();
		init.setRootUri(workspace.toUri().toString());
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
		server.initialize(init).get(60, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	/** Opens a document with the given text (it need not be the file's text on disk). */
	public String open(Path file, String text) {
		String uri = file.toUri().toString();
		server.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "alliance", 1, text)));
		return uri;
	}

	/** The completion items at a position (0-based line and character), in the server's order. */
	public List<CompletionItem> completion(String uri, int line, int character) throws Exception {
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character));
		Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService().completion(params)
				.get(60, TimeUnit.SECONDS);
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		return items.stream().sorted((a, b) -> a.getSortText().compareTo(b.getSortText())).toList();
	}

	/** The diagnostics the server publishes for a document, once it has checked it. */
	public List<Diagnostic> diagnostics(String uri) throws InterruptedException {
		long end = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(60);
		while (System.currentTimeMillis() < end) {
			List<Diagnostic> published = client.published.get(uri);
			if (published != null) {
				return published;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("no diagnostics published for " + uri);
	}

	/** The titles of the code actions (quick fixes) the server offers for a diagnostic. */
	public List<String> fixTitles(String uri, Diagnostic diagnostic) throws Exception {
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		return server.getTextDocumentService().codeAction(params).get(60, TimeUnit.SECONDS).stream()
				.map(e -> e.isRight() ? e.getRight().getTitle() : e.getLeft().getTitle()).toList();
	}

	public void shutdown() throws Exception {
		server.shutdown().get(30, TimeUnit.SECONDS);
	}

	/** The editor side: keeps the diagnostics, ignores messages. */
	private static final class SilentClient implements LanguageClient {

		private final Map<String, List<Diagnostic>> published = new ConcurrentHashMap<>();

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			published.put(diagnostics.getUri(), diagnostics.getDiagnostics());
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
