package org.allianceplanner.diagram.web.browsertest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceplanner.testing.SyntheticPlans;

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
		// The interpretation benchmark's plan: 20 parties, tasks of two assignments each
		int tasks = SyntheticPlans.tasksForResponsibilityElements(elements);
		Path folder = Files.createTempDirectory("alliance-serve-bench");
		for (Map.Entry<String, String> file : SyntheticPlans.responsibilityFiles(tasks).entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}

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
