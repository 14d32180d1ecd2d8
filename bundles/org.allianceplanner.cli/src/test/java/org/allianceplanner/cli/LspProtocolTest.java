package org.allianceplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code alliance lsp} spoken to byte for byte, as an editor's JSON-RPC framing does: a single file opened
 * without a workspace (rootUri null), an unknown method, a message that is not JSON, a change outside the document.
 */
class LspProtocolTest {

	/** A task assigned to a party that does not exist: a linking error. */
	private static final String PLAN_WITH_ERROR = """
			party JASDF: Air Self-Defense Force for Japan
			bilateral defense plan Demo {
				task CounterAir: air defense {
					JASDFX primary responsibility
				}
			}
			""";

	@TempDir
	Path folder;

	private PipedOutputStream toServer;
	private Future<Void> serverDone;
	private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
	private Thread reader;

	@BeforeEach
	void start() throws IOException {
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		toServer = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream fromServer = new PipedOutputStream(clientIn);
		serverDone = LspCommand.start(serverIn, fromServer);
		reader = new Thread(() -> readFrames(clientIn), "lsp-test-reader");
		reader.setDaemon(true);
		reader.start();
	}

	@AfterEach
	void stop() throws Exception {
		send("{\"jsonrpc\":\"2.0\",\"id\":999,\"method\":\"shutdown\"}");
		await(m -> m.has("id") && m.get("id").isJsonPrimitive() && m.get("id").getAsInt() == 999);
		toServer.close();
		serverDone.get(30, TimeUnit.SECONDS);
	}

	@Test
	void aSingleFileWithoutRootIsChecked() throws Exception {
		JsonObject answer = initialize("{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
		assertFalse(answer.has("error"), answer.toString());
		assertTrue(answer.getAsJsonObject("result").has("capabilities"), answer.toString());
		assertDiagnosticsForAnOpenedFile();
	}

	@Test
	void anUnknownMethodIsMethodNotFound() throws Exception {
		initialize(withRootFolder());
		send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"alliance/noSuchThing\",\"params\":{}}");
		JsonObject answer = await(m -> isResponse(m, 2));
		assertEquals(-32601, answer.getAsJsonObject("error").get("code").getAsInt(), answer.toString());
	}

	@Test
	void aMessageThatIsNotJsonIsAParseError() throws Exception {
		initialize(withRootFolder());
		send("{\"jsonrpc\":\"2.0\",, this is not JSON");
		JsonObject answer = await(m -> m.has("error") && m.get("error").getAsJsonObject().get("code").getAsInt() == -32700);
		assertTrue(!answer.has("id") || answer.get("id").isJsonNull(), answer.toString());
		// the server is still there
		send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"alliance/noSuchThing\"}");
		await(m -> isResponse(m, 3));
	}

	@Test
	void aChangeOutsideTheDocumentIsRefusedWithAnError() throws Exception {
		initialize(withRootFolder());
		String uri = open(PLAN_WITH_ERROR);
		await(m -> isDiagnosticsFor(m, uri));
		send("""
				{"jsonrpc":"2.0","method":"textDocument/didChange","params":{
				 "textDocument":{"uri":"%s","version":2},
				 "contentChanges":[{"range":{"start":{"line":40,"character":0},"end":{"line":41,"character":0}},
				  "text":"x"}]}}""".formatted(uri));
		JsonObject shown = await(m -> "window/showMessage".equals(method(m)));
		JsonObject params = shown.getAsJsonObject("params");
		assertEquals(1, params.get("type").getAsInt(), shown.toString()); // Error
		String message = params.get("message").getAsString();
		assertTrue(message.contains("outside the document"), message);
		assertFalse(message.contains("CounterAir"), "the document's text is not repeated: " + message);
	}

	private void assertDiagnosticsForAnOpenedFile() throws Exception {
		String uri = open(PLAN_WITH_ERROR);
		JsonObject published = await(m -> isDiagnosticsFor(m, uri)
				&& m.getAsJsonObject("params").getAsJsonArray("diagnostics").size() > 0);
		String diagnostics = published.getAsJsonObject("params").getAsJsonArray("diagnostics").toString();
		assertTrue(diagnostics.contains("JASDFX"), diagnostics);
	}

	/** The parameters of initialize for a workspace folder (so that these tests do not depend on rootUri null). */
	private String withRootFolder() {
		return "{\"processId\":null,\"rootUri\":\"" + folder.toUri() + "\",\"capabilities\":{}}";
	}

	/** initialize, and initialized after a successful answer. */
	private JsonObject initialize(String params) throws Exception {
		send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":" + params + "}");
		JsonObject answer = await(m -> isResponse(m, 1));
		if (!answer.has("error")) {
			send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
		}
		return answer;
	}

	private String open(String text) throws Exception {
		Path file = folder.resolve("single.alliance");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		String uri = file.toUri().toString();
		JsonObject item = new JsonObject();
		item.addProperty("uri", uri);
		item.addProperty("languageId", "alliance");
		item.addProperty("version", 1);
		item.addProperty("text", text);
		send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":" + item + "}}");
		return uri;
	}

	private static boolean isResponse(JsonObject message, int id) {
		return message.has("id") && message.get("id").isJsonPrimitive() && message.get("id").getAsInt() == id
				&& !message.has("method");
	}

	private static boolean isDiagnosticsFor(JsonObject message, String uri) {
		return "textDocument/publishDiagnostics".equals(method(message))
				&& Path.of(java.net.URI.create(message.getAsJsonObject("params").get("uri").getAsString()))
						.equals(Path.of(java.net.URI.create(uri)));
	}

	private static String method(JsonObject message) {
		return message.has("method") ? message.get("method").getAsString() : null;
	}

	/** Frames a message as the protocol does: a Content-Length header, a blank line, the UTF-8 bytes. */
	private void send(String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		toServer.write(body);
		toServer.flush();
	}

	/** The first message from the server that matches; the others before it are dropped. */
	private JsonObject await(Predicate<JsonObject> wanted) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			JsonObject message = received.poll(1, TimeUnit.SECONDS);
			if (message != null && wanted.test(message)) {
				return message;
			}
		}
		throw new AssertionError("no such message from the server");
	}

	private void readFrames(InputStream in) {
		try {
			while (true) {
				int length = -1;
				String line;
				while (!(line = readLine(in)).isEmpty()) {
					if (line.toLowerCase().startsWith("content-length:")) {
						length = Integer.parseInt(line.substring("content-length:".length()).trim());
					}
				}
				byte[] body = in.readNBytes(length);
				if (body.length < length) {
					return;
				}
				received.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
			}
		} catch (IOException | RuntimeException e) {
			// the server closed the stream
		}
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int c;
		while ((c = in.read()) != '\n') {
			if (c < 0) {
				throw new IOException("closed");
			}
			if (c != '\r') {
				line.write(c);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}
}
