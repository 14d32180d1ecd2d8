package org.allianceplanner.cli;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.allianceplanner.diagram.glsp.AllianceDiagramModule;
import org.allianceplanner.diagram.glsp.DiagramHost;
import org.allianceplanner.diagram.glsp.FilePlanTexts;
import org.allianceplanner.diagram.server.DiagramWebServer;
import org.allianceplanner.docgen.Audience;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.DrawnDiagram;
import org.allianceplanner.pipeline.PipelineException;
import org.allianceplanner.pipeline.PlanDiagrams;
import org.allianceplanner.pipeline.PlanPipeline;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * {@code alliance serve [PATH] [--port N]}: the diagram editor in a browser, for staff without the IDE. Serves
 * the plans under PATH (default: the current folder) on 127.0.0.1, prints the address to open with the
 * server's token in it (as Jupyter does) and, for each plan, one address per diagram that has something to
 * show; runs until interrupted. Diagram edits are written to the plan files atomically, and refused when a
 * file changed on disk since the diagram read it; what other programs write to the plans is drawn as it lands.
 */
public final class ServeCommand implements Subcommand {

	/** Where the web client's files are when the build did not put its bundle on the class path. */
	static final String WEB_OPTION = "--web";
	private static final String WEB_CLIENT = "org.allianceplanner.diagram.web.WebClient";

	private final Consumer<DiagramWebServer> started;

	public ServeCommand() {
		this(server -> {
		});
	}

	/** @param started told when the server listens (tests stop it from there) */
	ServeCommand(Consumer<DiagramWebServer> started) {
		this.started = started;
	}

	@Override
	public String name() {
		return "serve";
	}

	@Override
	public String synopsis() {
		return "serve [PATH] [--port N]";
	}

	@Override
	public String summary() {
		return "the diagram editor in a browser, on 127.0.0.1 with a secret token, until Ctrl+C";
	}

	@Override
	public int run(List<String> args, Console console) {
		String prefix = Messages.PROGRAM + " " + name() + ": ";
		Arguments arguments;
		int port;
		List<Path> plans;
		URL web;
		try {
			arguments = Arguments.parse(name(), args, Set.of(), Set.of("--port", WEB_OPTION), Map.of("-p", "--port"));
			port = port(arguments, prefix);
			List<String> paths = arguments.paths().isEmpty() ? List.of(".") : arguments.paths();
			if (paths.size() > 1) {
				throw new UsageException(prefix + "serves one folder or plan file; got " + paths.size() + ". " + Messages.USAGE_HINT);
			}
			plans = PlanFiles.expand(paths);
			web = webRoot(arguments, prefix);
		} catch (UsageException e) {
			console.err().println(e.getMessage());
			return ExitCode.USAGE;
		}
		// GLSP logs through log4j-api; without log4j-core on the class path its simple logger (errors only) is used
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		FilePlanTexts texts;
		try {
			texts = FilePlanTexts.watching();
		} catch (IOException e) {
			console.err().println(prefix + "cannot follow changes on disk: " + e.getMessage());
			return ExitCode.USAGE;
		}
		DiagramWebServer server = new DiagramWebServer(DiagramWebServer.newToken(), web,
				() -> AllianceDiagramModule.standalone(texts, DiagramHost.NONE));
		try {
			server.start(port);
		} catch (IOException e) {
			texts.close();
			console.err().println(prefix + e.getMessage());
			return ExitCode.USAGE;
		}
		try {
			console.out().println("Alliance Planner diagram server on " + server.root() + " (Ctrl+C to stop)");
			console.out().println("Open a diagram in a browser at its address below (each carries the token):");
			printDiagrams(plans, server, console, prefix);
			console.out().flush();
			started.accept(server);
			server.join();
			return ExitCode.OK;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ExitCode.OK;
		} finally {
			server.stop();
			texts.close();
		}
	}

	/** For each plan file, one line per diagram of it that has something to show. */
	private static void printDiagrams(List<Path> plans, DiagramWebServer server, Console console, String prefix) {
		try {
			PlanDiagrams diagrams = PlanDiagrams.builtIn(w -> console.err().println(prefix + "warning: " + w));
			PlanPipeline pipeline = new PlanPipeline(AllianceDiagramModule.standaloneLanguage());
			CheckedPlans checked = pipeline.check(pipeline.load(plans));
			for (Map.Entry<Resource, Path> entry : checked.plans().paths().entrySet()) {
				Resource resource = entry.getKey();
				if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PlanModel model)) {
					console.out().println(entry.getValue() + ": does not parse; run 'alliance validate' on it");
					continue;
				}
				Path file = entry.getValue().toAbsolutePath().normalize();
				List<DrawnDiagram> drawn = diagrams.draw(model, file, Audience.BOTH.visibility(),
						checked.rules() == null ? List.of() : checked.rules().active());
				console.out().println(entry.getValue() + ":");
				for (DrawnDiagram diagram : drawn) {
					String name = diagram.diagram().descriptionName();
					console.out().println("  " + name + ": " + server.pageUri(file.toUri(), name));
				}
			}
		} catch (PipelineException e) {
			console.err().println(prefix + e.getMessage());
		}
	}

	private static int port(Arguments arguments, String prefix) throws UsageException {
		if (!arguments.has("--port")) {
			return 0;
		}
		try {
			int port = Integer.parseInt(arguments.get("--port"));
			if (port < 0 || port > 65535) {
				throw new NumberFormatException();
			}
			return port;
		} catch (NumberFormatException e) {
			throw new UsageException(prefix + "--port takes a number from 0 to 65535 (0: any free port), not '"
					+ arguments.get("--port") + "'. " + Messages.USAGE_HINT);
		}
	}

	/**
	 * The web client's files: the folder given with the hidden option {@value #WEB_OPTION}, else the web bundle
	 * on the class path ({@code WebClient.root()}, a URL or a Path).
	 */
	private static URL webRoot(Arguments arguments, String prefix) throws UsageException {
		try {
			if (arguments.has(WEB_OPTION)) {
				Path folder = Path.of(arguments.get(WEB_OPTION));
				if (!Files.isDirectory(folder)) {
					throw new UsageException(prefix + WEB_OPTION + " " + folder + ": not a folder");
				}
				return folder.toAbsolutePath().toUri().toURL();
			}
			Class<?> client = Class.forName(WEB_CLIENT);
			Method root = client.getMethod("root");
			Object value = root.invoke(null);
			if (value instanceof Path path) {
				return path.toUri().toURL();
			}
			if (value instanceof URL url) {
				return url;
			}
			if (value instanceof URI uri) {
				return uri.toURL();
			}
			throw new UsageException(prefix + WEB_CLIENT + ".root() gave " + value + ", not a URL or a Path");
		} catch (ClassNotFoundException e) {
			throw new UsageException(prefix + "the web client is not built (" + WEB_CLIENT + " is not on the class path); "
					+ "run ./mvnw -B verify, or pass " + WEB_OPTION + " DIR");
		} catch (ReflectiveOperationException | IOException e) {
			throw new UsageException(prefix + "cannot find the web client's files: " + e);
		}
	}

}
