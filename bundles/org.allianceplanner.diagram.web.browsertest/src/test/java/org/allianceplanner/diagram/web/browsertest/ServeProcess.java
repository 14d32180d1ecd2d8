package org.allianceplanner.diagram.web.browsertest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code alliance serve} as its own process, on this JVM's class path (the command's runtime class path), with
 * what it printed collected line by line. Closing it ends the process.
 */
final class ServeProcess implements AutoCloseable {

	/** How long to wait for a line before giving up: a guard against a hanging server, not a measurement. */
	private static final long GUARD_MILLIS = 120_000;

	private final Process process;
	private final List<String> lines = new ArrayList<>();

	private ServeProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(this::readOutput, "alliance serve output");
		reader.setDaemon(true);
		reader.start();
	}

	static ServeProcess start(Path folder) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				"org.allianceplanner.cli.Main", "serve", folder.toString(), "--port", "0");
		builder.redirectErrorStream(true);
		return new ServeProcess(builder.start());
	}

	private void readOutput() {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				synchronized (lines) {
					lines.add(line);
					lines.notifyAll();
				}
			}
		} catch (IOException e) {
			// The process ended; what it printed so far stays in lines.
		}
	}

	/** The first printed line that matches, waiting for it; fails with everything printed if none comes. */
	String awaitLine(Predicate<String> matches, String what) throws InterruptedException {
		long end = System.currentTimeMillis() + GUARD_MILLIS;
		long endedAt = Long.MAX_VALUE;
		synchronized (lines) {
			while (true) {
				Optional<String> found = lines.stream().filter(matches).findFirst();
				if (found.isPresent()) {
					return found.get();
				}
				long now = System.currentTimeMillis();
				if (!process.isAlive() && endedAt == Long.MAX_VALUE) {
					endedAt = now; // one more second for the last lines to be read
				}
				if (now >= end || now - endedAt > 1000) {
					String state = process.isAlive() ? "is still running" : "ended with " + process.exitValue();
					throw new AssertionError("alliance serve printed no " + what + " (it " + state + "); it printed:\n"
							+ output());
				}
				lines.wait(500);
			}
		}
	}

	String output() {
		synchronized (lines) {
			return String.join("\n", lines);
		}
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}
}
