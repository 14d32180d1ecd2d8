package org.allianceplanner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.PlanPipeline;
import org.allianceplanner.validation.FailOn;
import org.allianceplanner.validation.Severity;
import org.allianceplanner.validation.ValidationResult;
import org.allianceplanner.validation.report.ReportFormat;
import org.allianceplanner.validation.report.ReportWriter;
import org.allianceplanner.validation.report.TextReportWriter;

/**
 * {@code alliance validate [--format text|json|sarif] [--fail-on error|warning|never] PATH...}: checks the
 * language (syntax, links, names), then every rule of the Guidelines across all files at once, with the
 * project's alliance.properties; prints the report and exits 1 when the --fail-on threshold is reached.
 */
public final class ValidateCommand implements Subcommand {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String synopsis() {
		return "validate PATH... [--format F] [--fail-on S]";
	}

	@Override
	public String summary() {
		return "check plans against the Guidelines; text, json or sarif";
	}

	@Override
	public int run(List<String> args, Console console) {
		try {
			Arguments arguments = Arguments.parse(name(), args, Set.of("--quiet"), Set.of("--format", "--fail-on"),
					Map.of("-q", "--quiet", "-f", "--format"));
			if (arguments.paths().isEmpty()) {
				throw new UsageException(Messages.missingPaths(name()));
			}
			ReportFormat format = option(() -> ReportFormat.parse(value(arguments, "--format", "text")));
			FailOn failOn = option(() -> FailOn.parse(value(arguments, "--fail-on", "error")));
			List<Path> files = PlanFiles.expand(arguments.paths());
			Progress progress = Progress.start(console, arguments.has("--quiet"), 2 * files.size());
			CheckedPlans checked = RuleChecks.check(new PlanPipeline(), files, progress);
			// machine formats keep stdout parseable: language problems go to stderr
			int languageErrors = RuleChecks.printLanguageIssues(checked.languageIssues(),
					format == ReportFormat.TEXT ? console.out() : console.err());
			if (languageErrors > 0) {
				console.err().println(Messages.summaryLine(files.size(), languageErrors, 0));
				return ExitCode.ERRORS;
			}
			ValidationResult result = checked.rules();
			// stdout holds the findings only; the summary goes to stderr, as for language problems
			ReportWriter writer = format == ReportFormat.TEXT ? new TextReportWriter(false) : format.writer();
			writer.write(result, checked.locations(), console.out());
			console.out().flush();
			if (!arguments.has("--quiet")) {
				console.err().println(Messages.summaryLine(files.size(), (int) result.count(Severity.ERROR),
						(int) result.count(Severity.WARNING))
						+ (result.suppressed().isEmpty() ? "" : ", " + result.suppressed().size() + " suppressed"));
			}
			return failOn.fails(result) ? ExitCode.ERRORS : ExitCode.OK;
		} catch (UsageException e) {
			console.err().println(e.getMessage());
			return ExitCode.USAGE;
		} catch (IOException e) {
			console.err().println(Messages.ioProblem("<stdout>", String.valueOf(e.getMessage())));
			return ExitCode.USAGE;
		}
	}

	static String value(Arguments arguments, String option, String fallback) {
		String v = arguments.get(option);
		return v == null ? fallback : v;
	}

	/** Turns the parse error of an option value into a usage error. */
	static <T> T option(java.util.function.Supplier<T> parse) throws UsageException {
		try {
			return parse.get();
		} catch (IllegalArgumentException e) {
			throw new UsageException("alliance validate: " + e.getMessage());
		}
	}
}
