package org.allianceplanner.ui.internal.lsp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.allianceplanner.ui.internal.Activator;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The plan language's services for the whole workbench: one Xtext language server running in
 * process, on its own threads. Editors send it their text, the {@link MarkerClient} turns what it
 * publishes into markers, and the adapters of the editor ask it for completions, hovers and the
 * like. Each workspace project that holds plans is one of its workspace folders, so references
 * resolve across the files of a project.
 */
public final class PlanLanguageServer {

	private static PlanLanguageServer instance;

	private final Injector language;
	private final PlanServer server;
	private final MarkerClient client;
	private final ResourceWatcher watcher;
	private final Set<String> folders = ConcurrentHashMap.newKeySet();
	private final List<Consumer<String>> publishListeners = new CopyOnWriteArrayList<>();
	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

	private PlanLanguageServer() {
		language = LanguageInjector.create();
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put("alliance", language.getInstance(IResourceServiceProvider.class));
		Injector serverInjector = Guice.createInjector(Modules.override(new ServerModule())
				.with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)));
		server = serverInjector.getInstance(PlanServer.class);
		client = new MarkerClient(this);
		watcher = new ResourceWatcher(this);
	}

	/** The running server, started on first use. */
	public static synchronized PlanLanguageServer get() {
		if (instance == null) {
			PlanLanguageServer started = new PlanLanguageServer();
			started.start();
			instance = started;
		}
		return instance;
	}

	public static synchronized void shutdownIfRunning() {
		if (instance != null) {
			instance.stop();
			instance = null;
		}
	}

	private void start() {
		server.connect(client);
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		ClientCapabilities capabilities = new ClientCapabilities();
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		capabilities.setWorkspace(workspace);
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		capabilities.setTextDocument(text);
		params.setCapabilities(capabilities);
		params.setWorkspaceFolders(List.of());
		try {
			server.initialize(params).get(60, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new IllegalStateException("The plan language server did not start", e);
		}
		server.initialized(new InitializedParams());
		ResourcesPlugin.getWorkspace().addResourceChangeListener(watcher, IResourceChangeEvent.POST_CHANGE);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (ResourceWatcher.hasNature(project)) {
				addProject(project);
			}
		}
	}

	private void stop() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(watcher);
		try {
			server.shutdown().get(10, TimeUnit.SECONDS);
		} catch (Exception e) {
			Activator.log("The plan language server did not stop cleanly", e);
		}
	}

	/** Makes a project's plans known to the server (a workspace folder), once. */
	public void addProject(IProject project) {
		String uri = FileUris.of(project);
		if (uri != null && folders.add(project.getName())) {
			server.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
					new WorkspaceFoldersChangeEvent(List.of(new WorkspaceFolder(uri, project.getName())), List.of())));
		}
	}

	void removeProject(String name, String uri) {
		if (folders.remove(name)) {
			server.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
					new WorkspaceFoldersChangeEvent(List.of(), List.of(new WorkspaceFolder(uri, name)))));
		}
	}

	boolean knowsProject(String name) {
		return folders.contains(name);
	}

	public void didOpen(String uri, int version, String text) {
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "alliance", version, text)));
	}

	public void didChange(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));
	}

	public void didClose(String uri) {
		server.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
	}

	public PlanServer server() {
		return server;
	}

	public Injector languageInjector() {
		return language;
	}

	/** The diagnostics last published for a document. */
	public List<Diagnostic> diagnostics(String uri) {
		return diagnostics.getOrDefault(uri, List.of());
	}

	/** Whether the server has published diagnostics for the document since it started. */
	public boolean hasDiagnostics(String uri) {
		return diagnostics.containsKey(uri);
	}

	/** Called with a document URI each time the server has published its diagnostics (after a build). */
	public void addPublishListener(Consumer<String> listener) {
		publishListeners.add(listener);
	}

	public void removePublishListener(Consumer<String> listener) {
		publishListeners.remove(listener);
	}

	/**
	 * Checks every plan file of a project again (after its alliance.properties changed: the severities of its
	 * rules are the server's, read from that file).
	 */
	public void recheck(IProject project) {
		List<org.eclipse.lsp4j.FileEvent> events = new java.util.ArrayList<>();
		try {
			project.accept(resource -> {
				if (FileUris.isPlan(resource)) {
					String uri = FileUris.of(resource);
					if (uri != null) {
						events.add(new org.eclipse.lsp4j.FileEvent(uri, org.eclipse.lsp4j.FileChangeType.Changed));
					}
				}
				return true;
			});
		} catch (org.eclipse.core.runtime.CoreException e) {
			Activator.log("Cannot list the plans of " + project.getName(), e);
			return;
		}
		if (!events.isEmpty()) {
			server.didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(events));
		}
	}

	void published(String uri, List<Diagnostic> list) {
		diagnostics.put(uri, list);
		for (Consumer<String> listener : publishListeners) {
			try {
				listener.accept(uri);
			} catch (RuntimeException e) {
				Activator.log("A listener of plan diagnostics failed", e);
			}
		}
	}
}
