package org.allianceplanner.maven;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.allianceplanner.cli.Console;
import org.apache.maven.plugin.logging.Log;

/**
 * The {@link Console} of an in-process {@code alliance} run: each line the command prints goes to Maven's log,
 * errors and warnings at their level, so a build server's log parser sees them; or, for machine-readable
 * reports, the results go to a file and only the messages to the log.
 */
final class LogConsole {

	private LogConsole() {
	}

	/** Results and messages both to the log. */
	static Console toLog(Log log) {
		return new Console(lines(line -> logLine(log, line)), lines(line -> logLine(log, line)));
	}

	/** Results to {@code results}, messages to the log. */
	static Console resultsTo(OutputStream results, Log log) {
		return new Console(new PrintStream(results, true, StandardCharsets.UTF_8), lines(line -> logLine(log, line)));
	}

	/** A line in the compiler convention {@code file:line:col: severity: ...} is logged at its severity. */
	static void logLine(Log log, String line) {
		if (line.contains(": error: ") || line.startsWith("alliance:") || line.startsWith("alliance ")) {
			log.error(line);
		} else if (line.contains(": warning: ")) {
			log.warn(line);
		} else {
			log.info(line);
		}
	}

	private static PrintStream lines(Consumer<String> sink) {
		return new PrintStream(new LineSplitter(sink), true, StandardCharsets.UTF_8);
	}

	/** Hands each complete UTF-8 line to a consumer. */
	private static final class LineSplitter extends OutputStream {

		private final Consumer<String> sink;
		private final ByteArrayOutputStream line = new ByteArrayOutputStream();

		LineSplitter(Consumer<String> sink) {
			this.sink = sink;
		}

		@Override
		public void write(int b) {
			if (b == '\n') {
				emit();
			} else if (b != '\r') {
				line.write(b);
			}
		}

		@Override
		public void close() {
			if (line.size() > 0) {
				emit();
			}
		}

		private void emit() {
			sink.accept(line.toString(StandardCharsets.UTF_8));
			line.reset();
		}
	}
}
