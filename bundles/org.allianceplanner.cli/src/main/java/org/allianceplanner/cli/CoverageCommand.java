package org.allianceplanner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.cli.PlanLoader.LoadedPlans;
import org.allianceplanner.validation.coverage.CoverageAnalyzer;
import org.allianceplanner.validation.coverage.CoverageReport;
import org.allianceplanner.validation.coverage.CoverageWriters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * {@code alliance coverage [--format text|json] PATH...}: which clauses of the Guidelines and rows of the
 * Annex the plans implement, which they leave open, and why the others are not plannable.
 */
public final class CoverageCommand implements Subcommand {

	@Override
	public String name() {
		return "coverage";
	}

	@Override
	public String synopsis() {
		return "coverage [--format text|json] PATH...";
	}

	@Override
	public String summary() {
		return "Guidelines clauses and Annex rows the plans cover";
	}

	@Override
	public int run(List<String> args, Console console) {
		try {
			Arguments arguments = Arguments.parse(name(), args, Set.of(), Set.of("--format"), Map.of("-f", "--format"));
			if (arguments.paths().isEmpty()) {
				throw new UsageException(Messages.missingPaths(name()));
			}
			String format = ValidateCommand.value(arguments, "--format", "text");
			if (!format.equals("text") && !format.equals("json")) {
				throw new UsageException("alliance coverage: --format " + format + ": expected text or json");
			}
			List<Path> files = PlanFiles.expand(arguments.paths());
			PlanLoader loader = new PlanLoader();
			LoadedPlans plans = loader.load(files);
			Map<Path, List<Issue>> issues = loader.validate(plans, CheckMode.FAST_ONLY);
			int errors = RuleChecks.printLanguageIssues(issues, console.err());
			if (errors > 0) {
				console.err().println(Messages.summaryLine(files.size(), errors, 0));
				return ExitCode.ERRORS;
			}
			List<EObject> roots = new ArrayList<>();
			for (Resource r : plans.paths().keySet()) {
				roots.addAll(r.getContents());
			}
			CoverageReport report = CoverageAnalyzer.analyze(roots);
			if (format.equals("json")) {
				CoverageWriters.writeJson(report, console.out());
			} else {
				CoverageWriters.writeText(report, console.out());
			}
			console.out().flush();
			return ExitCode.OK;
		} catch (UsageException e) {
			console.err().println(e.getMessage());
			return ExitCode.USAGE;
		} catch (IOException e) {
			console.err().println(Messages.ioProblem("<stdout>", String.valueOf(e.getMessage())));
			return ExitCode.USAGE;
		}
	}
}
