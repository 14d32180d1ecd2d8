package org.allianceplanner.diagram.server;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Supplier;

import org.allianceplanner.diagram.server.internal.StaticFiles;
import org.allianceplanner.diagram.server.internal.TokenGate;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import com.google.inject.Guice;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The diagram editor over HTTP for a browser or the IDE's embedded browser: Jetty 12 bound to 127.0.0.1 on a
 * given or random port, serving the web client's static files at {@code /} and GLSP's websocket endpoint at
 * {@value #GLSP_PATH}. Every request and the websocket upgrade need the server's token (query {@code token=}
 * or header {@value TokenGate#TOKEN_HEADER}); a websocket upgrade from a page of another origin is refused.
 * Each websocket connection gets its own GLSP server, made from a new diagram module.
 */
public final class DiagramWebServer {

	/** The path of the GLSP websocket. */
	public static final String GLSP_PATH = "/glsp";
	/** The page of one diagram, in the web client's files. */
	public static final String PAGE = "diagram.html";

	private static final String HOST = "127.0.0.1";

	private final String token;
	private final URL staticRoot;
	private final Supplier<? extends DiagramModule> modules;
	private Server server;
	private int port;

	/**
	 * @param token the secret every request must carry ({@link #newToken()})
	 * @param staticRoot the folder of the web client's files, as a URL ending in {@code /} (a {@code file:},
	 *            {@code jar:} or OSGi bundle entry URL)
	 * @param modules a new diagram module for each connection
	 */
	public DiagramWebServer(String token, URL staticRoot, Supplier<? extends DiagramModule> modules) {
		if (token == null || token.length() < 16) {
			throw new IllegalArgumentException("a token of at least 16 characters is needed");
		}
		this.token = token;
		this.staticRoot = Objects.requireNonNull(staticRoot, "staticRoot");
		this.modules = Objects.requireNonNull(modules, "modules");
	}

	/** 32 random bytes, URL-safe Base64 without padding. */
	public static String newToken() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Starts listening on 127.0.0.1.
	 *
	 * @param requestedPort the port, or 0 for a free one
	 * @return the server's root, {@code http://127.0.0.1:PORT/}
	 * @throws IOException when the port is taken (the message names it) or the server cannot start
	 */
	public synchronized URI start(int requestedPort) throws IOException {
		if (server != null) {
			throw new IllegalStateException("already started on port " + port);
		}
		QueuedThreadPool threads = new QueuedThreadPool();
		threads.setName("alliance-diagram-server");
		threads.setDaemon(true);
		Server jetty = new Server(threads);
		ServerConnector connector = new ServerConnector(jetty);
		connector.setHost(HOST);
		connector.setPort(requestedPort);
		jetty.addConnector(connector);

		ServletContextHandler websocket = new ServletContextHandler();
		websocket.setContextPath("/");
		JakartaWebSocketServletContainerInitializer.configure(websocket, (context, container) -> {
			ServerEndpointConfig config = ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, GLSP_PATH)
					.configurator(new GLSPConfigurator(() -> Guice
							.createInjector(new ServerModule().configureDiagramModule(modules.get()))))
					.build();
			container.addEndpoint(config);
		});
		TokenGate gate = new TokenGate(token, () -> "http://" + HOST + ":" + port, GLSP_PATH);
		gate.setHandler(new Handler.Sequence(new StaticFiles(staticRoot, GLSP_PATH), websocket));
		jetty.setHandler(gate);
		try {
			jetty.start();
		} catch (Exception e) {
			stopQuietly(jetty);
			if (e instanceof BindException || e.getCause() instanceof BindException) {
				throw new IOException("port " + requestedPort + " on " + HOST + " is in use; choose another with --port", e);
			}
			throw new IOException("the diagram server could not start: " + e.getMessage(), e);
		}
		this.server = jetty;
		this.port = connector.getLocalPort();
		return root();
	}

	/** {@code http://127.0.0.1:PORT/}. */
	public synchronized URI root() {
		if (server == null) {
			throw new IllegalStateException("not started");
		}
		return URI.create("http://" + HOST + ":" + port + "/");
	}

	public synchronized int port() {
		return port;
	}

	public String token() {
		return token;
	}

	/** The address of the page that opens one diagram of a plan file, with the token in it. */
	public URI pageUri(URI planFile, String diagram) {
		return root().resolve(PAGE + "?token=" + encode(token) + "&uri=" + encode(planFile.toString()) + "&diagram="
				+ encode(diagram));
	}

	/** The address of the web client's start page, with the token in it. */
	public URI startUri() {
		return root().resolve("?token=" + encode(token));
	}

	public synchronized void stop() {
		if (server != null) {
			stopQuietly(server);
			server = null;
		}
	}

	/** Blocks until the server stops. */
	public void join() throws InterruptedException {
		Server running;
		synchronized (this) {
			running = server;
		}
		if (running != null) {
			running.join();
		}
	}

	private static void stopQuietly(Server jetty) {
		try {
			jetty.stop();
		} catch (Exception e) {
			// stopping: nothing more to do
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
