package org.allianceplanner.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.allianceplanner.dsl.ide.AllianceIdeSetup;
import org.allianceplanner.dsl.ide.server.PlanServerModule;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * {@code alliance lsp}: the Xtext language server of the plan language over stdin/stdout, for editors other
 * than Eclipse (VS Code, Neovim, ...). Diagnostics, completion, hover, outline and formatting come from the
 * generic IDE bundle (org.allianceplanner.dsl.ide); nothing here knows the language.
 */
public final class LspCommand implements Subcommand {

	@Override
	public String name() {
		return "lsp";
	}

	@Override
	public String synopsis() {
		return "lsp";
	}

	@Override
	public String summary() {
		return "language server on stdin/stdout for VS Code, Neovim...";
	}

	@Override
	public int run(List<String> args, Console console) {
		try {
			Arguments arguments = Arguments.parse(name(), args, Set.of(), Set.of(), Map.of());
			if (!arguments.paths().isEmpty()) {
				throw new UsageException(Messages.PROGRAM + " lsp: takes no paths; the editor sends the workspace. "
						+ Messages.USAGE_HINT);
			}
		} catch (UsageException e) {
			console.err().println(e.getMessage());
			return ExitCode.USAGE;
		}
		// stdout belongs to the protocol: anything else printed there (a library's log line) would corrupt it.
		PrintStream protocolOut = console.out();
		System.setOut(console.err());
		try {
			start(System.in, protocolOut).get();
			return ExitCode.OK;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ExitCode.OK;
		} catch (ExecutionException e) {
			console.err().println(Messages.ioProblem("<lsp>", String.valueOf(e.getCause())));
			return ExitCode.USAGE;
		}
	}

	/**
	 * Starts a language server reading requests from {@code in} and writing responses to {@code out}.
	 *
	 * @return completes when the client closes the connection (or sends {@code exit})
	 */
	public static java.util.concurrent.Future<Void> start(InputStream in, OutputStream out) {
		LanguageServerImpl server = serverInjector().getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LspConnection.create(server, in, out);
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	/**
	 * Xtext's server module with the plan language's server overrides ({@link PlanServerModule}: single files,
	 * MethodNotFound, refused out-of-range changes) and the plan language registered directly, rather than discovered through
	 * META-INF/services, so the server works from any class path (jar, fat jar, Maven plugin).
	 */
	static Injector serverInjector() {
		Injector language = new AllianceIdeSetup().createInjectorAndDoEMFRegistration();
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put(PlanFiles.EXTENSION.substring(1),
				language.getInstance(IResourceServiceProvider.class));
		return Guice.createInjector(Modules.override(new ServerModule()).with(new PlanServerModule(),
				binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)));
	}
}
