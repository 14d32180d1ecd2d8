package org.allianceplanner.diagram.web.browsertest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the client's {@code test/drive-browser.mjs} (Node, puppeteer-core, Debian's chromium) against a page
 * address and returns the JSON line it printed.
 */
final class BrowserDriver {

	/** The result of one run: the exit code and the JSON line (or everything printed, if no JSON came). */
	record Run(int code, String json) {
		boolean ok() {
			return code == 0 && json.contains("\"ok\":true");
		}
	}

	private final Path client;
	private final Path screenshots;

	BrowserDriver() throws IOException {
		client = Path.of(System.getProperty("alliance.webClient", "../org.allianceplanner.diagram.web/client"))
				.toAbsolutePath().normalize();
		if (!Files.isDirectory(client.resolve("node_modules/puppeteer-core"))) {
			throw new IllegalStateException("puppeteer-core is not installed in " + client
					+ ": build bundles/org.allianceplanner.diagram.web first (its npm ci installs it)");
		}
		screenshots = Path.of(System.getProperty("alliance.screenshots", "target/screenshots"));
		Files.createDirectories(screenshots);
	}

	Run run(String mode, String url, String screenshot, String... options) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("node", "test/drive-browser.mjs", mode, url, "--screenshot",
				screenshots.resolve(screenshot).toAbsolutePath().toString()));
		command.addAll(List.of(options));
		Process process = new ProcessBuilder(command).directory(client.toFile()).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		int code = process.waitFor();
		String json = out.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b).orElse(out);
		return new Run(code, json);
	}
}
