package org.allianceplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.allianceplanner.cli.PlanLoader.LoadedPlans;
import org.allianceplanner.validation.PlanValidator;
import org.allianceplanner.validation.Rule;
import org.allianceplanner.validation.Severity;
import org.allianceplanner.validation.settings.ValidationSettings;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Times the rules of the Guidelines against parse+link of the same synthetic .alliance plans (not a unit test;
 * run with {@code bundles/org.allianceplanner.cli/rules-benchmark.sh}). For N tasks it writes a bilateral
 * defense plan and a mutual cooperation plan of N/2 tasks each, concurrent, with 10 stages each, N/4 units
 * each committed to one task of each plan, over the catalogue of the examples. Each figure is the median of 5
 * runs after 2 warm-up runs: "parse+link" loads the files in a fresh resource set and resolves every
 * reference; "rules" is {@link PlanValidator#validate} with every rule; "consistent" is PLAN-CONSISTENT alone.
 */
public final class RulesOnTextBenchmark {

	private RulesOnTextBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = args.length == 0 ? new int[] { 10_000, 50_000 } : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		PlanValidator all = new PlanValidator();
		java.util.Map<Rule, Severity> others = new java.util.EnumMap<>(Rule.class);
		for (Rule r : Rule.values()) {
			if (r != Rule.PLAN_CONSISTENT) {
				others.put(r, Severity.IGNORE);
			}
		}
		PlanValidator consistent = new PlanValidator(ValidationSettings.withOverrides(others));
		PlanLoader loader = new PlanLoader();
		System.out.printf("%8s %14s %10s %10s %14s %10s%n", "tasks", "parse+link ms", "rules ms", "ratio", "consistent ms",
				"findings");
		for (int n : sizes) {
			List<Path> files = write(n, Files.createTempDirectory("alliance-text-bench"));
			long[] parse = new long[7];
			long[] rules = new long[7];
			long[] cons = new long[7];
			int findings = 0;
			for (int i = 0; i < parse.length; i++) {
				long t0 = System.nanoTime();
				LoadedPlans plans = loader.load(files);
				EcoreUtil.resolveAll(plans.resourceSet());
				long t1 = System.nanoTime();
				for (org.eclipse.emf.ecore.resource.Resource res : plans.paths().keySet()) {
					if (!res.getErrors().isEmpty()) {
						throw new IllegalStateException(res.getURI() + ": " + res.getErrors().get(0).getMessage());
					}
				}
				findings = all.validate(plans.resourceSet()).all().size();
				long t2 = System.nanoTime();
				consistent.validate(plans.resourceSet());
				long t3 = System.nanoTime();
				parse[i] = t1 - t0;
				rules[i] = t2 - t1;
				cons[i] = t3 - t2;
			}
			long p = median(parse);
			long r = median(rules);
			System.out.printf("%8d %14.1f %10.1f %10.2f %14.1f %10d%n", n, p / 1e6, r / 1e6, (double) r / p,
					median(cons) / 1e6, findings);
		}
	}

	/** Median of the runs after the first two (warm-up). */
	private static long median(long[] runs) {
		long[] measured = Arrays.copyOfRange(runs, 2, runs.length);
		Arrays.sort(measured);
		return measured[measured.length / 2];
	}

	static List<Path> write(int n, Path dir) throws IOException {
		List<Path> files = new ArrayList<>();
		Path catalogue = dir.resolve("catalogue.alliance");
		Files.copy(Path.of(System.getProperty("alliance.examples", "examples")).resolve("catalogue.alliance"), catalogue);
		files.add(catalogue);
		StringBuilder units = new StringBuilder("package bench.units\nimport jpus.catalogue.*\n");
		for (int i = 0; i < n / 4; i++) {
			units.append("unit U").append(i).append(" of JMSDF\n");
		}
		files.add(Files.writeString(dir.resolve("units.alliance"), units));
		files.add(Files.writeString(dir.resolve("defense.alliance"),
				plan("bench.north", "bilateral defense plan", "NorthernPlan", "armed attack", null, n, new String[] {
						"sea defense", "protection of ships", "intelligence sharing", "command and coordination" },
						"SurroundingWaters")));
		files.add(Files.writeString(dir.resolve("cooperation.alliance"),
				plan("bench.south", "mutual cooperation plan", "SouthernPlan", "SIASJ", "bench.north.NorthernPlan", n,
						new String[] { "minesweeping", "surveillance", "search and rescue", "intelligence sharing" },
						"HighSeasAroundJapanArea")));
		return files;
	}

	private static String plan(String pkg, String keyword, String name, String situation, String concurrentWith, int n,
			String[] kinds, String area) {
		StringBuilder b = new StringBuilder();
		b.append("package ").append(pkg).append("\nimport jpus.catalogue.*\nimport bench.units.*\n");
		if (concurrentWith != null) {
			b.append("import bench.north.*\n");
		}
		b.append(keyword).append(' ').append(name).append(" {\n\tsituations ").append(situation).append('\n');
		b.append("\tplanned in PlanningMechanism\n\tcoordinated through CoordinationMechanism\n");
		if (concurrentWith != null) {
			b.append("\tconcurrent with ").append(concurrentWith).append('\n');
		}
		for (int s = 0; s < 10; s++) {
			b.append("\treadiness stage S").append(s).append(" when ").append(situation).append(" {\n");
			for (String k : new String[] { "intelligence activities", "unit activities", "movements", "logistics support" }) {
				b.append("\t\tstandard for ").append(k).append(": \"standard\"\n");
			}
			b.append("\t\tagreed by Japan\n\t\tagreed by United States\n");
			if (concurrentWith != null) {
				b.append("\t\tconcurrent with NorthernPlan.S").append(s).append('\n');
			}
			b.append("\t}\n");
		}
		for (int i = 0; i < n / 2; i++) {
			b.append("\ttask T").append(i).append(": ").append(kinds[i % kinds.length]).append(" {\n");
			b.append("\t\tJMSDF primary responsibility\n\t\tSeventhFleet support\n");
			b.append("\t\tin ").append(area).append('\n');
			// in the cooperation plan about 1% of the units meet their defense task in a concurrent stage
			int stage = concurrentWith == null || i % 100 == 0 ? i % 10 : (i + 1) % 10;
			b.append("\t\tduring S").append(stage).append('\n');
			if (i < n / 4) {
				b.append("\t\tuses U").append(i).append('\n');
			}
			b.append("\t\tunder SDFLaw\n\t}\n");
		}
		b.append("\tmilestone Review reports to SCC, SDC\n}\n");
		return b.toString();
	}
}
