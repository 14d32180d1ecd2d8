package org.allianceplanner.dsl.ide.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;

/**
 * Completion on the examples through the language server's LSP API (what {@code alliance lsp} and the IDE ask):
 * after a task's colon (the 37 task kinds), at the start of an assignment (parties, keywords) and after
 * {@code implements} (the clauses of the Guidelines), in {@code examples/defense-of-japan.alliance} with the other
 * examples in the workspace. Prints the median, 95th percentile and maximum of each, in milliseconds.
 *
 * <p>Run: {@code bundles/org.allianceplanner.dsl.tests/benchmark.sh [runs]} (docs/PERFORMANCE.md).
 */
public final class CompletionBenchmark {

	private static final String FILE = "defense-of-japan.alliance";

	private CompletionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		Path examples = Path.of(args.length > 1 ? args[1] : "examples").toAbsolutePath();
		String text = Files.readString(examples.resolve(FILE), StandardCharsets.UTF_8);
		InProcessLanguageServer server = new InProcessLanguageServer(examples);
		String uri = server.open(examples.resolve(FILE), text);
		String taskLine = "\ttask CounterAirAttack \"Operations to counter air attack against Japan\": ";
		measure(server, uri, text, "task kind (after `task X \"...\": `)", taskLine, taskLine.length(), runs);
		measure(server, uri, text, "assignment (start of a task's line)", "\t\tJASDF primary responsibility", 2, runs);
		measure(server, uri, text, "clause (after `implements `)", "\t\timplements IV.2(2)a", 13, runs);
		server.shutdown();
		System.exit(0);
	}

	private static void measure(InProcessLanguageServer server, String uri, String text, String what, String line,
			int character, int runs) throws Exception {
		int lineNumber = lineOf(text, line);
		int proposals = 0;
		for (int i = 0; i < Math.max(20, runs / 4); i++) {
			proposals = server.completion(uri, lineNumber, character).size(); // warm-up
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			List<CompletionItem> items = server.completion(uri, lineNumber, character);
			millis.add((System.nanoTime() - start) / 1e6);
			proposals = items.size();
		}
		Collections.sort(millis);
		System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", what, proposals, millis.get(runs / 2),
				millis.get((int) Math.min(runs - 1, Math.round(runs * 0.95))), millis.get(runs - 1));
	}

	private static int lineOf(String text, String line) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith(line)) {
				return i;
			}
		}
		throw new IllegalArgumentException("No line " + line + " in " + FILE);
	}
}
