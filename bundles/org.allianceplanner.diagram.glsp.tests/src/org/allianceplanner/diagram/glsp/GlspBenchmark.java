package org.allianceplanner.diagram.glsp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.allianceplanner.testing.SyntheticPlans;
import org.eclipse.emf.common.util.URI;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;

/**
 * The diagram server's benchmark (docs/PERFORMANCE.md, "Diagram server"), through GLSP's protocol in one process:
 * a model request of an example's diagram in a new session (what opening a diagram costs the server) and in the
 * same session after one character of the plan's text changed (what a keystroke costs it), a model request of a
 * diagram of about 1,000 elements (a synthetic plan), and a label edit from the operation sent until the plan
 * file is written and until the updated model is sent. Prints median, 95th percentile, minimum and maximum with
 * the load average. Run by {@code benchmark.sh}; arguments: [runs] [synthetic tasks].
 */
public final class GlspBenchmark {

	private GlspBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 330;
		Path folder = Files.createTempDirectory("alliance-glsp-benchmark");
		Path examples = Files.createDirectories(folder.resolve("examples"));
		Examples.copyTo(examples);
		Path plan = examples.resolve(Examples.DEFENSE_OF_JAPAN);
		Path synthetic = Files.createDirectories(folder.resolve("synthetic")).resolve("synthetic.alliance");
		Files.writeString(synthetic, SyntheticPlans.text(tasks), StandardCharsets.UTF_8);
		FilePlanTexts texts = new FilePlanTexts();
		try (GlspClientSession client = new GlspClientSession(texts, DiagramHost.NONE)) {
			long start = System.nanoTime();
			client.requestModel(plan, "Responsibility");
			print("example Responsibility, first request (cold JVM)", List.of(System.nanoTime() - start));
			List<Long> warm = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				try (GlspClientSession session = new GlspClientSession(texts, DiagramHost.NONE)) {
					start = System.nanoTime();
					session.requestModel(plan, "Responsibility");
					warm.add(System.nanoTime() - start);
				}
			}
			print("example Responsibility, warm model request in a new session (opening)", warm);

			List<Long> keystroke = new ArrayList<>();
			String text = Files.readString(plan, StandardCharsets.UTF_8);
			int at = text.indexOf("\"Operations to counter air attack against Japan\"") + 1;
			for (int i = 0; i < runs; i++) {
				text = text.substring(0, at) + "X" + text.substring(at);
				Files.writeString(plan, text, StandardCharsets.UTF_8);
				start = System.nanoTime();
				client.requestModel(plan, "Responsibility");
				keystroke.add(System.nanoTime() - start);
			}
			print("example Responsibility, same session, one character of the plan changed", keystroke);

			List<Long> large = new ArrayList<>();
			int elements = 0;
			for (int i = 0; i < Math.max(3, runs / 3); i++) {
				try (GlspClientSession session = new GlspClientSession(texts, DiagramHost.NONE)) {
					start = System.nanoTime();
					GModelRoot root = session.requestModel(synthetic, "Responsibility");
					large.add(System.nanoTime() - start);
					elements = count(root) - 1;
				}
			}
			print("synthetic plan of " + tasks + " tasks, Responsibility (" + elements + " nodes, edges and labels), new session", large);

			List<Long> written = new ArrayList<>();
			List<Long> updated = new ArrayList<>();
			GModelRoot root = client.requestModel(plan, "Responsibility");
			String task = root.getChildren().stream().filter(c -> c instanceof GNode && c.getId().endsWith(".CounterAirAttack"))
					.findFirst().orElseThrow().getId();
			for (int i = 0; i < runs; i++) {
				CompletableFuture<Long> write = new CompletableFuture<>();
				try (AutoCloseable listening = texts.onChange(uri -> write.complete(System.nanoTime()))) {
					start = System.nanoTime();
					client.edit(new ApplyLabelEditOperation(task + DiagramTypes.LABEL_SUFFIX, "Counter air attack " + i));
					long end = System.nanoTime();
					written.add(write.get(60, TimeUnit.SECONDS) - start);
					updated.add(end - start);
				}
			}
			print("label edit: operation sent until the plan file is written", written);
			print("label edit: operation sent until the updated model is sent", updated);
		}
		System.out.println("plan file: " + URI.createFileURI(plan.toString()));
		System.exit(0); // GLSP leaves non-daemon threads behind
	}

	private static int count(GModelElement element) {
		int n = 1;
		for (GModelElement child : element.getChildren()) {
			n += count(child);
		}
		return n;
	}

	private static void print(String what, List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int p95 = Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1);
		System.out.printf(Locale.ROOT, "%-85s median %7.1f ms  p95 %7.1f ms  min %7.1f ms  max %7.1f ms  (%d runs, load %.2f)%n",
				what, sorted.get(sorted.size() / 2) / 1e6, sorted.get(p95) / 1e6, sorted.get(0) / 1e6,
				sorted.get(sorted.size() - 1) / 1e6, sorted.size(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}
}
