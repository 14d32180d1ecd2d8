package org.allianceplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.docgen.GenerationResult;
import org.allianceplanner.docgen.GeneratorOptions;
import org.allianceplanner.docgen.ProgressListener;
import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.OutputStep;
import org.allianceplanner.pipeline.PlanPipeline;
import org.allianceplanner.validation.report.TextReportWriter;

/**
 * {@code alliance generate PATH... -o DIR [--audience A] [--format F,...] [--templates DIR] [--force]}:
 * checks the plans with the shared pipeline (as {@code validate} does), then writes the plan documents,
 * coordination checklists, matrices, coverage reports and an index page for one audience's edition with the
 * document generators ({@code org.allianceplanner.docgen}), listing every finding with its clause and any
 * suppression. Nothing is written when a plan has errors; each file is written whole or not at all; a file
 * that the generators did not write is never replaced without {@code --force}. Output that cannot be written
 * is exit code 2, naming the path and the reason.
 */
public final class GenerateCommand implements Subcommand {

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String synopsis() {
		return "generate PATH... -o DIR [--audience japan|united-states|both] [--format html,md,pdf,docx,csv,xlsx,json] [--templates DIR] [--force] [-q]";
	}

	@Override
	public String summary() {
		return "write plan documents, checklists, matrices and coverage for one audience into DIR";
	}

	@Override
	public int run(List<String> args, Console console) {
		try {
			Arguments arguments = Arguments.parse(name(), args, Set.of("--force", "--quiet"),
					Set.of("-o", "--audience", "--format", "--templates"), Map.of("--output", "-o", "-a", "--audience",
							"-f", "--format", "-q", "--quiet"));
			boolean quiet = arguments.has("--quiet");
			Path output = arguments.requirePathsAndOutputFolder(name());
			GenerationProgress generation = new GenerationProgress(console, quiet);
			GeneratorOptions options = DocgenOptions.from(arguments, output, generation);
			List<Path> files = PlanFiles.expand(arguments.paths());
			PlanPipeline pipeline = new PlanPipeline();
			CheckedPlans checked = RuleChecks.check(pipeline, files, Progress.start(console, quiet, 2 * files.size()));
			report(checked, console);
			if (!checked.passes()) {
				console.err().println(Messages.notGeneratedBecauseOfErrors(checked.errors()));
				return ExitCode.ERRORS;
			}
			try {
				List<GenerationResult> results;
				try (generation) {
					results = pipeline.write(checked, OutputStep.standard(options));
				}
				for (GenerationResult result : results) {
					for (Path written : result.written()) {
						console.out().println(Messages.wrote(output.resolve(written).toString()));
					}
					for (Path removed : result.removed()) {
						console.out().println(Messages.removed(output.resolve(removed).toString()));
					}
					if (!result.withheld().isEmpty()) {
						console.out().println(Messages.withheld(result.withheld().size(), options.audience().label()));
					}
				}
			} catch (IOException e) {
				// the plans are fine; the output is not: a problem of the environment, as for unreadable input
				console.err().println(Messages.generationFailed(Messages.describe(e)));
				return ExitCode.USAGE;
			}
			return ExitCode.OK;
		} catch (UsageException e) {
			console.err().println(e.getMessage());
			return ExitCode.USAGE;
		}
	}

	/** Language problems, then the rules' active findings and suppressions, on stderr in the compiler convention. */
	private static void report(CheckedPlans checked, Console console) {
		RuleChecks.printLanguageIssues(checked.languageIssues(), console.err());
		if (checked.rules() != null) {
			try {
				new TextReportWriter(false).write(checked.rules(), checked.locations(), console.err());
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e); // a PrintStream does not throw
			}
		}
	}

	/** The generators' progress on the terminal's progress bar; erased before the list of written files. */
	private static final class GenerationProgress implements ProgressListener, AutoCloseable {

		private final Console console;
		private final boolean quiet;
		private Progress bar;

		GenerationProgress(Console console, boolean quiet) {
			this.console = console;
			this.quiet = quiet;
		}

		@Override
		public void planStarted(int index, int total, String plan) {
			if (bar == null) {
				bar = Progress.start(console, quiet, total);
			}
			bar.step("generate " + plan);
		}

		@Override
		public void close() {
			if (bar != null) {
				bar.close();
			}
		}
	}
}
