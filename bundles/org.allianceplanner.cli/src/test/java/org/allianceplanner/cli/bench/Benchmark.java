package org.allianceplanner.cli.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.allianceplanner.cli.PlanLoader;
import org.allianceplanner.dsl.generator.PlanSummaryGenerator;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.testing.SyntheticPlans;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Times parse, link, validate and generate on synthetic plans of 1,000, 10,000 and 50,000 tasks
 * (steady state: the median of the runs after warm-up), then the cold wall time of the
 * {@code alliance validate} command. Prints a Markdown section; {@code --write FILE} also replaces
 * the section between the markers in FILE. Not a unit test: run it with benchmark.sh.
 */
public final class Benchmark {

	private static final String START = "<!-- dsl-benchmark:start -->";
	private static final String END = "<!-- dsl-benchmark:end -->";

	private final Injector injector = PlanLoader.injector();

	record Timing(int tasks, int lines, double parse, double link, double validate, double generate) {
		double linesPerSecond() {
			return lines / ((parse + link + validate) / 1000.0);
		}
	}

	public static void main(String[] args) throws Exception {
		Path write = null;
		Path launcher = Path.of("alliance");
		int[] sizes = { 1_000, 10_000, 50_000 };
		for (int i = 0; i < args.length; i++) {
			if ("--write".equals(args[i])) {
				write = Path.of(args[++i]);
			} else if ("--tasks".equals(args[i])) {
				sizes = new int[] { Integer.parseInt(args[++i]) };
			} else if ("--launcher".equals(args[i])) {
				launcher = Path.of(args[++i]);
			}
		}
		Benchmark benchmark = new Benchmark();
		List<Timing> timings = new ArrayList<>();
		for (int tasks : sizes) {
			int runs = tasks >= 50_000 ? 3 : 6;
			timings.add(benchmark.measure(tasks, runs));
		}
		String cold = benchmark.coldValidate(launcher);
		String section = report(timings, cold);
		System.out.println(section);
		if (write != null) {
			replaceSection(write, section);
		}
	}

	Timing measure(int tasks, int runs) throws IOException {
		String text = SyntheticPlans.text(tasks);
		int lines = (int) text.lines().count();
		List<double[]> samples = new ArrayList<>();
		for (int run = 0; run < runs; run++) {
			samples.add(once(text));
			System.err.printf(Locale.ROOT, "%,d tasks, run %d: parse %.0f ms, link %.0f ms, validate %.0f ms, generate %.0f ms%n",
					tasks, run + 1, samples.get(run)[0], samples.get(run)[1], samples.get(run)[2], samples.get(run)[3]);
		}
		// Steady state: drop the first half of the runs (warm-up), take the median of the rest.
		List<double[]> steady = samples.subList(runs / 2, runs);
		return new Timing(tasks, lines, median(steady, 0), median(steady, 1), median(steady, 2), median(steady, 3));
	}

	private double[] once(String text) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/synthetic.alliance"));
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

		long t0 = System.nanoTime();
		resource.load(new ByteArrayInputStream(bytes), null);
		long t1 = System.nanoTime();
		EcoreUtil.resolveAll(resource);
		long t2 = System.nanoTime();
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		long t3 = System.nanoTime();
		PlanSummaryGenerator generator = injector.getInstance(PlanSummaryGenerator.class);
		int size = 0;
		for (Plan plan : ((PlanModel) resource.getContents().get(0)).getPlans()) {
			size += generator.generate(plan, "synthetic.alliance").length();
		}
		long t4 = System.nanoTime();

		if (!issues.isEmpty() || size == 0) {
			throw new IllegalStateException("the synthetic plan is not clean: " + issues.subList(0, Math.min(5, issues.size())));
		}
		return new double[] { ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3) };
	}

	/** Wall time of the launcher in a fresh JVM: the examples, and the 1,000-task plan. */
	String coldValidate(Path launcher) throws Exception {
		Path folder = Files.createTempDirectory("alliance-bench");
		Path plan = folder.resolve("synthetic-1000.alliance");
		Files.writeString(plan, SyntheticPlans.text(1_000));
		StringBuilder out = new StringBuilder();
		for (String target : new String[] { "examples", plan.toString() }) {
			List<Double> times = new ArrayList<>();
			for (int run = 0; run < 5; run++) {
				long t0 = System.nanoTime();
				Process process = new ProcessBuilder("sh", launcher.toString(), "validate", "-q", target)
						.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
				int code = process.waitFor();
				times.add(ms(System.nanoTime() - t0));
				if (code != 0) {
					throw new IllegalStateException("alliance validate " + target + " exited " + code);
				}
			}
			Collections.sort(times);
			String name = target.equals("examples") ? "`alliance validate examples` (3 files, "
					+ countLines(Path.of("examples")) + " lines)" : "`alliance validate` on the 1,000-task plan";
			out.append(String.format(Locale.ROOT, "| %s | %.2f s | %.2f s |%n", name, times.get(times.size() / 2) / 1000,
					times.get(0) / 1000));
		}
		Files.delete(plan);
		Files.delete(folder);
		return out.toString();
	}

	private static long countLines(Path folder) throws IOException {
		long lines = 0;
		try (var files = Files.walk(folder)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".alliance")).toList()) {
				lines += Files.readAllLines(file).size();
			}
		}
		return lines;
	}

	static String report(List<Timing> timings, String cold) {
		StringBuilder out = new StringBuilder();
		out.append(START).append('\n');
		out.append("## Plan language and `alliance` command (DSL)\n\n");
		out.append("Measured by `sh bundles/org.allianceplanner.cli/benchmark.sh` (after `./mvnw -B verify`) on ")
				.append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
				.append(System.getProperty("java.version")).append(", ").append(java.time.LocalDate.now())
				.append(". Synthetic bilateral defense plans (")
				.append("`SyntheticPlans.text` of `org.allianceplanner.testing`: 9 parties, 20 areas, 5 readiness stages, tasks of 8 lines that assign roles and cite ")
				.append("clauses, areas, stages and a legal basis). Steady state: median of the runs after warm-up, in one JVM. ")
				.append("Validation is whatever the language binds at the time of the run.\n\n");
		out.append("| tasks | lines | parse | link | validate | generate | parse+link+validate |\n");
		out.append("|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Timing t : timings) {
			out.append(String.format(Locale.ROOT, "| %,d | %,d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %,.0f lines/s |%n",
					t.tasks(), t.lines(), t.parse(), t.link(), t.validate(), t.generate(), t.linesPerSecond()));
		}
		out.append("\nTarget at 10,000 tasks: 30,000 lines/s or better.\n\n");
		out.append("Cold wall time of the command (a fresh JVM per run, 5 runs):\n\n");
		out.append("| command | median | best |\n|---|---:|---:|\n");
		out.append(cold);
		out.append("\nTarget: under 4 s.\n");
		out.append(END).append('\n');
		return out.toString();
	}

	static void replaceSection(Path file, String section) throws IOException {
		String text = Files.exists(file) ? Files.readString(file) : "# Performance\n";
		int start = text.indexOf(START);
		int end = text.indexOf(END);
		String updated = start >= 0 && end > start
				? text.substring(0, start) + section + text.substring(end + END.length() + 1)
				: text + (text.endsWith("\n") ? "\n" : "\n\n") + section;
		Files.writeString(file, updated);
	}

	private static double median(List<double[]> samples, int index) {
		List<Double> values = new ArrayList<>();
		for (double[] sample : samples) {
			values.add(sample[index]);
		}
		Collections.sort(values);
		return values.get(values.size() / 2);
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}
}
