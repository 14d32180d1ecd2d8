package org.allianceplanner.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.allianceplanner.diagram.glsp.AllianceDiagramModule;
import org.allianceplanner.diagram.glsp.DiagramHost;
import org.allianceplanner.diagram.glsp.FilePlanTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagram web server: the token on every request and upgrade, the Origin check, the page and a GLSP model. */
class DiagramWebServerTest {

	private static final long WAIT_SECONDS = 120; // hang guard only

	@TempDir
	Path folder;

	private DiagramWebServer server;
	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws IOException {
		Path web = Path.of(System.getProperty("alliance.web.fixture", "resources/web")).toAbsolutePath();
		server = new DiagramWebServer(DiagramWebServer.newToken(), web.toUri().toURL(),
				() -> AllianceDiagramModule.standalone(new FilePlanTexts(), DiagramHost.NONE));
		server.start(0);
	}

	@AfterEach
	void stop() {
		server.stop();
	}

	@Test
	void aRequestWithoutTheTokenIsRefused() throws Exception {
		assertEquals(403, get(server.root().resolve(DiagramWebServer.PAGE)).statusCode());
		assertEquals(403, get(server.root().resolve(DiagramWebServer.PAGE + "?token=wrong")).statusCode());
	}

	@Test
	void theTokenOpensThePage() throws Exception {
		URI page = server.pageUri(folder.resolve("plan.alliance").toUri(), "Responsibility");
		HttpResponse<String> response = get(page);
		assertEquals(200, response.statusCode());
		assertTrue(response.body().contains("id=\"fixture\""), response.body());
		assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/html"));
		HttpResponse<String> byHeader = http.send(HttpRequest.newBuilder(server.root().resolve(DiagramWebServer.PAGE))
				.header("X-Alliance-Token", server.token()).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(200, byHeader.statusCode());
		int climbing = get(URI.create(server.root() + "web/../../../etc/passwd?token=" + server.token())).statusCode();
		assertTrue(climbing == 400 || climbing == 404, "a path out of the root is refused: " + climbing);
	}

	@Test
	void aWebsocketFromAnotherOriginIsRefused() {
		CompletionException e = assertThrows(CompletionException.class,
				() -> http.newWebSocketBuilder().header("Origin", "http://evil.example")
						.buildAsync(websocketUri(server.token()), new Collector()).join());
		assertTrue(e.getCause() instanceof WebSocketHandshakeException handshake && handshake.getResponse().statusCode() == 403,
				String.valueOf(e.getCause()));
		CompletionException noToken = assertThrows(CompletionException.class,
				() -> http.newWebSocketBuilder().buildAsync(websocketUri("wrong"), new Collector()).join());
		assertTrue(noToken.getCause() instanceof WebSocketHandshakeException h && h.getResponse().statusCode() == 403);
	}

	@Test
	void aWebsocketClientWithTheTokenGetsAModel() throws Exception {
		Path plan = copyExamples().resolve("defense-of-japan.alliance");
		Collector messages = new Collector();
		WebSocket socket = http.newWebSocketBuilder().header("Origin", server.root().toString().replaceAll("/$", ""))
				.buildAsync(websocketUri(server.token()), messages).get(WAIT_SECONDS, TimeUnit.SECONDS);
		socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"applicationId\":\"test\","
				+ "\"protocolVersion\":\"1.0.0\"}}", true).join();
		messages.next("\"id\":1");
		socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initializeClientSession\",\"params\":{"
				+ "\"clientSessionId\":\"c1\",\"diagramType\":\"alliance-diagram\",\"clientActionKinds\":[\"setModel\","
				+ "\"updateModel\",\"allianceViewOptions\",\"message\"]}}", true).join();
		messages.next("\"id\":2");
		String uri = plan.toUri().toString().replace("file:///", "file:/");
		socket.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"c1\",\"action\":{"
				+ "\"kind\":\"requestModel\",\"requestId\":\"r1\",\"options\":{\"sourceUri\":\"" + uri
				+ "\",\"diagram\":\"Responsibility\",\"needsClientLayout\":\"false\"}}}}", true).join();
		String model = messages.next("\"setModel\"");
		assertTrue(model.contains("\"type\":\"graph\"") && model.contains("CounterAirAttack"), model.substring(0, Math.min(400, model.length())));
		assertTrue(messages.next("allianceViewOptions").contains("\"filters\""));
		socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
	}

	@Test
	void aTakenPortIsNamed() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			DiagramWebServer second = new DiagramWebServer(DiagramWebServer.newToken(), folder.toUri().toURL(),
					() -> AllianceDiagramModule.standalone(new FilePlanTexts(), DiagramHost.NONE));
			IOException e = assertThrows(IOException.class, () -> second.start(taken.getLocalPort()));
			assertTrue(e.getMessage().contains("port " + taken.getLocalPort()), e.getMessage());
		}
	}

	@Test
	void tokensAreLongAndDifferent() {
		String a = DiagramWebServer.newToken();
		assertEquals(43, a.length(), "32 bytes in URL-safe Base64 without padding");
		assertTrue(a.matches("[A-Za-z0-9_-]+"));
		assertTrue(!a.equals(DiagramWebServer.newToken()));
	}

	private URI websocketUri(String token) {
		return URI.create("ws://127.0.0.1:" + server.port() + DiagramWebServer.GLSP_PATH + "?token=" + token);
	}

	private HttpResponse<String> get(URI uri) throws Exception {
		return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private Path copyExamples() throws IOException {
		Path examples = Path.of(System.getProperty("alliance.examples", "../../examples")).toAbsolutePath();
		try (Stream<Path> files = Files.list(examples)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".alliance")).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		return folder;
	}

	/** Keeps the text messages the server sends. */
	private static final class Collector implements WebSocket.Listener {
		private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
		private final StringBuilder partial = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				messages.add(partial.toString());
				partial.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

		/** The next message that contains {@code part}, skipping others. */
		String next(String part) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
			while (System.nanoTime() < deadline) {
				String message = messages.poll(1, TimeUnit.SECONDS);
				if (message != null && message.contains(part)) {
					return message;
				}
			}
			return fail("no message with " + part);
		}
	}
}
