package org.allianceplanner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.dsl.generator.PlanSummaryGenerator;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * {@code alliance generate PATH... -o DIR}: validates, then writes one Markdown summary per plan
 * ({@code DIR/<plan>.md}). Nothing is written when a plan has errors; each file is written whole or
 * not at all; a file that {@code alliance generate} did not write is never overwritten without
 * {@code --force}.
 */
public final class GenerateCommand implements Subcommand {

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String synopsis() {
		return "generate PATH... -o DIR [--force]";
	}

	@Override
	public String summary() {
		return "write a Markdown summary of each plan into DIR";
	}

	@Override
	public int run(List<String> args, Console console) {
		try {
			Arguments arguments = Arguments.parse(name(), args, Set.of("--force"), Set.of("-o"),
					Map.of("--output", "-o"));
			if (arguments.paths().isEmpty()) {
				throw new UsageException(Messages.missingPaths(name()));
			}
			if (!arguments.has("-o")) {
				throw new UsageException(Messages.missingOutput(name()));
			}
			Path output = Path.of(arguments.get("-o"));
			if (Files.exists(output) && !Files.isDirectory(output)) {
				throw new UsageException(Messages.outputNotAFolder(output.toString()));
			}
			List<Path> files = PlanFiles.expand(arguments.paths());
			PlanLoader loader = new PlanLoader();
			PlanLoader.LoadedPlans plans = loader.load(files);
			int errors = report(loader.validate(plans), console);
			if (errors > 0) {
				console.err().println(Messages.notGeneratedBecauseOfErrors(errors));
				return ExitCode.ERRORS;
			}
			Map<Path, String> summaries = summaries(plans, loader, output);
			checkOverwrites(summaries.keySet(), arguments.has("--force"));
			for (Map.Entry<Path, String> summary : summaries.entrySet()) {
				write(summary.getKey(), summary.getValue());
				console.out().println(Messages.wrote(summary.getKey().toString()));
			}
			return ExitCode.OK;
		} catch (UsageException e) {
			console.err().println(e.getMessage());
			return ExitCode.USAGE;
		}
	}

	private static int report(Map<Path, List<Issue>> issues, Console console) {
		int errors = 0;
		for (Map.Entry<Path, List<Issue>> entry : issues.entrySet()) {
			for (Issue issue : entry.getValue()) {
				console.err().println(IssueFormatter.format(entry.getKey(), issue));
				if (issue.getSeverity() == Severity.ERROR) {
					errors++;
				}
			}
		}
		return errors;
	}

	/** One file per plan, named after the plan, qualified by its package when two plans share a name. */
	private static Map<Path, String> summaries(PlanLoader.LoadedPlans plans, PlanLoader loader, Path output) {
		PlanSummaryGenerator generator = loader.getInjector().getInstance(PlanSummaryGenerator.class);
		Map<String, Integer> nameCounts = new LinkedHashMap<>();
		for (Resource resource : plans.paths().keySet()) {
			for (Plan plan : plansOf(resource)) {
				nameCounts.merge(plan.getName(), 1, Integer::sum);
			}
		}
		Map<Path, String> result = new LinkedHashMap<>();
		for (Map.Entry<Resource, Path> entry : plans.paths().entrySet()) {
			for (Plan plan : plansOf(entry.getKey())) {
				String fileName = plan.getName();
				PlanModel model = (PlanModel) plan.eContainer();
				if (nameCounts.get(plan.getName()) > 1 && model.getName() != null) {
					fileName = model.getName() + "." + plan.getName();
				}
				result.put(output.resolve(fileName + ".md"), generator.generate(plan, entry.getValue().toString()));
			}
		}
		return result;
	}

	private static List<Plan> plansOf(Resource resource) {
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PlanModel model) {
			return model.getPlans();
		}
		return List.of();
	}

	/** Refuses, before writing anything, to replace a file that a person wrote. */
	private static void checkOverwrites(Iterable<Path> targets, boolean force) throws UsageException {
		if (force) {
			return;
		}
		for (Path target : targets) {
			if (Files.exists(target) && !writtenByUs(target)) {
				throw new UsageException(Messages.wouldOverwrite(target.toString()));
			}
		}
	}

	private static boolean writtenByUs(Path file) {
		try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String first = reader.readLine();
			return PlanSummaryGenerator.MARKER.equals(first);
		} catch (IOException e) {
			return false;
		}
	}

	private static void write(Path target, String content) throws UsageException {
		try {
			AtomicFiles.write(target, content);
		} catch (IOException e) {
			throw new UsageException(Messages.ioProblem(target.toString(), "cannot be written: " + e.getMessage()));
		}
	}
}
