package org.allianceplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.allianceplanner.diagram.server.DiagramWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alliance serve}: the token, the page, the diagram addresses it prints, a taken port. */
class ServeCommandTest {

	private static final long WAIT_SECONDS = 120; // hang guard only

	@TempDir
	Path folder;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void servesThePageWithTheTokenOnlyAndPrintsTheAddresses() throws Exception {
		Path plans = copyExamples();
		Path web = Files.createDirectories(folder.resolve("web"));
		Files.writeString(web.resolve("diagram.html"), "<!DOCTYPE html><title>fixture</title><p id=\"fixture\">");
		CompletableFuture<DiagramWebServer> started = new CompletableFuture<>();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> new ServeCommand(started::complete).run(
				List.of(plans.toString(), "--web", web.toString()), new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8))));
		DiagramWebServer server = started.get(WAIT_SECONDS, TimeUnit.SECONDS);
		try {
			String printed = out.toString(StandardCharsets.UTF_8);
			assertTrue(printed.contains("Open: " + server.startUri()), printed);
			Matcher page = Pattern.compile("Responsibility: (http://127\\.0\\.0\\.1:\\d+/diagram\\.html\\?token=\\S+defense-of-japan\\.alliance\\S*)").matcher(printed);
			assertTrue(page.find(), "a line for the Responsibility diagram of defense-of-japan:\n" + printed);
			assertTrue(page.group(1).contains("token=" + server.token() + "&"), page.group(1));

			HttpResponse<String> opened = get(URI.create(page.group(1)));
			assertEquals(200, opened.statusCode());
			assertTrue(opened.body().contains("id=\"fixture\""));
			assertEquals(403, get(server.root().resolve("diagram.html")).statusCode(), "no token");
			assertEquals(403, get(server.root().resolve("diagram.html?token=" + server.token() + "x")).statusCode(), "wrong token");
		} finally {
			server.stop();
		}
		assertEquals(ExitCode.OK, exit.get(WAIT_SECONDS, TimeUnit.SECONDS), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aTakenPortIsExitCodeTwoAndNamed() throws Exception {
		Path plans = copyExamples();
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			int port = taken.getLocalPort();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			int code = new ServeCommand().run(List.of(plans.toString(), "--port", String.valueOf(port), "--web", folder.toString()),
					new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
							new PrintStream(err, true, StandardCharsets.UTF_8)));
			String message = err.toString(StandardCharsets.UTF_8);
			assertEquals(ExitCode.USAGE, code, message);
			assertTrue(message.contains("port " + port) && message.contains("in use"), message);
		}
	}

	@Test
	void aBadPortIsAUsageError() {
		CommandRun run = CommandRun.of("serve", "--port", "http", "--web", folder.toString(), folder.toString());
		assertEquals(ExitCode.USAGE, run.code());
		assertTrue(run.err().contains("--port takes a number"), run.err());
	}

	private HttpResponse<String> get(URI uri) throws Exception {
		return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private Path copyExamples() throws Exception {
		Path target = Files.createDirectories(folder.resolve("plans"));
		try (Stream<Path> files = Files.list(Path.of("../../examples"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".alliance")).toList()) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
		}
		assertNotNull(target);
		return target;
	}
}
