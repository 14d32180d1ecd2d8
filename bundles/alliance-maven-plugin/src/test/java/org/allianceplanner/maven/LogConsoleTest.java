package org.allianceplanner.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.cli.Console;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class LogConsoleTest {

	/** Records the level of each logged line. */
	static final class RecordingLog extends SystemStreamLog {
		final List<String> lines = new ArrayList<>();

		@Override
		public void info(CharSequence content) {
			lines.add("INFO " + content);
		}

		@Override
		public void warn(CharSequence content) {
			lines.add("WARN " + content);
		}

		@Override
		public void error(CharSequence content) {
			lines.add("ERROR " + content);
		}
	}

	@Test
	void diagnosticsAreLoggedAtTheirSeverity() {
		RecordingLog log = new RecordingLog();
		Console console = LogConsole.toLog(log);
		console.out().println("plans/a.alliance:3:5: error: [ROLE-JAPAN-PRIMARY] Japan holds primary responsibility (IV.2(1)a)");
		console.out().print("plans/a.alliance:9:1: warning: [PREMISE-JAPANESE-LAW] no legal basis\r\n");
		console.err().println("1 file checked: 1 error, 1 warning");
		console.err().println("alliance: plans/b.alliance: no such file or folder");
		assertEquals(List.of(
				"ERROR plans/a.alliance:3:5: error: [ROLE-JAPAN-PRIMARY] Japan holds primary responsibility (IV.2(1)a)",
				"WARN plans/a.alliance:9:1: warning: [PREMISE-JAPANESE-LAW] no legal basis",
				"INFO 1 file checked: 1 error, 1 warning",
				"ERROR alliance: plans/b.alliance: no such file or folder"), log.lines);
	}

	@Test
	void resultsGoToTheirStreamUntouched() {
		RecordingLog log = new RecordingLog();
		ByteArrayOutputStream results = new ByteArrayOutputStream();
		Console console = LogConsole.resultsTo(results, log);
		console.out().print("{\"version\": \"2.1.0\"}\n");
		console.err().println("1 file checked: 0 errors, 0 warnings");
		assertEquals("{\"version\": \"2.1.0\"}\n", results.toString(StandardCharsets.UTF_8));
		assertEquals(List.of("INFO 1 file checked: 0 errors, 0 warnings"), log.lines);
	}
}
