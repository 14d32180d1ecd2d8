package org.allianceplanner.diagram.web.browsertest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (docs/PERFORMANCE.md, "Diagrams in a browser"), not a test: opens the Responsibility diagram of a
 * synthetic plan with about N diagram elements through {@code alliance serve} in chromium, several times in one
 * page, and prints the time from navigation start to the model rendered (the first run cold, the others warm).
 * Usage: {@code bundles/org.allianceplanner.diagram.web.browsertest/benchmark.sh [elements] [runs]}.
 */
public final class ServeBenchmark {

	private ServeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int elements = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
		// The same synthetic plan as the interpretation benchmark (DiagramBenchmark.plan): 20 parties, tasks of
		// two assignments each; the diagram has 3 elements a task plus 22.
		int tasks = Math.max(1, (elements - 22) / 3);
		Path folder = Files.createTempDirectory("alliance-serve-bench");
		StringBuilder catalogue = new StringBuilder("package bench.cat\n");
		for (int p = 0; p < 20; p++) {
			catalogue.append(p % 2 == 0 ? "party J" + p + " \"Japanese party " + p + "\": Self-Defense Forces for Japan\n"
					: "party U" + p + " \"U.S. party " + p + "\": U.S. Forces for United States\n");
		}
		StringBuilder plan = new StringBuilder("package bench.ops\nimport bench.cat.*\n");
		plan.append("bilateral defense plan P \"Synthetic plan\" {\n");
		for (int t = 0; t < tasks; t++) {
			int j = (t % 10) * 2;
			plan.append("\ttask T").append(t).append(" \"Task ").append(t).append("\": air defense {\n")
					.append("\t\tJ").append(j).append(" primary responsibility\n")
					.append("\t\tU").append(j + 1).append(t % 3 == 0 ? " supplement\n" : " support\n").append("\t}\n");
		}
		plan.append("}\n");
		Files.writeString(folder.resolve("catalogue.alliance"), catalogue, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("plan.alliance"), plan, StandardCharsets.UTF_8);

		try (ServeProcess serve = ServeProcess.start(folder)) {
			String line = serve.awaitLine(l -> l.contains("plan.alliance") && l.contains("diagram=Responsibility"),
					"address of the Responsibility diagram");
			Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/\\S+)").matcher(line);
			url.find();
			BrowserDriver.Run run = new BrowserDriver().run("open", url.group(1), "benchmark-" + elements + ".png",
					"--runs", Integer.toString(runs));
			System.out.println("elements (target) " + elements + ", tasks " + tasks + ": " + run.json());
			if (!run.ok()) {
				System.exit(1);
			}
		}
	}
}
