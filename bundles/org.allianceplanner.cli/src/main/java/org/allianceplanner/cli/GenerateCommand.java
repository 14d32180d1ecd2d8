package org.allianceplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.docgen.CoverageSource;
import org.allianceplanner.docgen.GenerationException;
import org.allianceplanner.docgen.GenerationResult;
import org.allianceplanner.docgen.GeneratorOptions;
import org.allianceplanner.docgen.PlanDocumentGenerator;
import org.allianceplanner.docgen.ProgressListener;
import org.allianceplanner.model.plan.PlanModel;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * {@code alliance generate PATH... -o DIR [--audience A] [--format F,...] [--templates DIR] [--force]}:
 * validates, then writes the plan documents, coordination checklists, matrices, coverage reports and an
 * index page for one audience's edition with the document generators ({@code org.allianceplanner.docgen}).
 * Nothing is written when a plan has errors; each file is written whole or not at all; a file that the
 * generators did not write is never replaced without {@code --force}.
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
			// --- document generators (docgen): options ---
			GenerationProgress generation = new GenerationProgress(console, quiet);
			GeneratorOptions options = DocgenOptions.from(arguments, output, generation);
			// --- end docgen ---
			List<Path> files = PlanFiles.expand(arguments.paths());
			Progress progress = Progress.start(console, quiet, 2 * files.size());
			PlanLoader loader = new PlanLoader().withProgress(progress);
			PlanLoader.LoadedPlans plans = loader.load(files);
			Map<Path, List<Issue>> issues = loader.validate(plans);
			progress.close();
			int errors = report(issues, console);
			if (errors > 0) {
				console.err().println(Messages.notGeneratedBecauseOfErrors(errors));
				return ExitCode.ERRORS;
			}
			// --- document generators (docgen): generation ---
			try {
				GenerationResult result;
				try (generation) {
					result = new PlanDocumentGenerator().generate(models(plans), options,
							DocgenOptions.findings(plans, issues), CoverageSource.fromTraceability());
				}
				for (Path written : result.written()) {
					console.out().println(Messages.wrote(output.resolve(written).toString()));
				}
				for (Path removed : result.removed()) {
					console.out().println(Messages.removed(output.resolve(removed).toString()));
				}
				if (!result.withheld().isEmpty()) {
					console.out().println(Messages.withheld(result.withheld().size(), options.audience().label()));
				}
			} catch (GenerationException e) {
				console.err().println(Messages.generationFailed(e.getMessage()));
				return e.getMessage().startsWith("Refusing to replace") ? ExitCode.USAGE : ExitCode.ERRORS;
			} catch (IOException e) {
				console.err().println(Messages.generationFailed(e.toString()));
				return ExitCode.ERRORS;
			}
			// --- end docgen ---
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

	/** The plan models of the loaded files, in the order the files were given. */
	private static List<PlanModel> models(PlanLoader.LoadedPlans plans) {
		List<PlanModel> models = new ArrayList<>();
		for (Resource resource : plans.paths().keySet()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PlanModel model) {
				models.add(model);
			}
		}
		return models;
	}
}
