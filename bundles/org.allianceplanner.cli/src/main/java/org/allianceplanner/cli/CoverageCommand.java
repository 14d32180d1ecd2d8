package org.allianceplanner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.PlanPipeline;
import org.allianceplanner.validation.coverage.CoverageReport;
import org.allianceplanner.validation.coverage.CoverageWriters;

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
			Arguments arguments = Arguments.parse(name(), args, Set.of("--quiet"), Set.of("--format"),
					Map.of("-f", "--format", "-q", "--quiet"));
			if (arguments.paths().isEmpty()) {
				throw new UsageException(Messages.missingPaths(name()));
			}
			String format = ValidateCommand.value(arguments, "--format", "text");
			if (!format.equals("text") && !format.equals("json")) {
				throw new UsageException("alliance coverage: --format " + format + ": expected text or json");
			}
			List<Path> files = PlanFiles.expand(arguments.paths());
			Progress progress = Progress.start(console, arguments.has("--quiet"), 2 * files.size());
			CheckedPlans checked = RuleChecks.check(new PlanPipeline(), files, progress);
			int errors = RuleChecks.printLanguageIssues(checked.languageIssues(), console.err());
			if (errors > 0) {
				console.err().println(Messages.summaryLine(files.size(), errors, 0));
				return ExitCode.ERRORS;
			}
			CoverageReport report = checked.coverage();
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
