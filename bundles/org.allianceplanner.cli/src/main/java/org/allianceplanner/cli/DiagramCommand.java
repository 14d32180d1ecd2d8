package org.allianceplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.diagram.render.DiagramFormat;
import org.allianceplanner.docgen.Audience;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.DiagramFiles;
import org.allianceplanner.pipeline.DrawnDiagram;
import org.allianceplanner.pipeline.PipelineException;
import org.allianceplanner.pipeline.PlanDiagrams;
import org.allianceplanner.pipeline.PlanPipeline;
import org.allianceplanner.validation.Finding;
import org.allianceplanner.validation.report.TextReportWriter;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * {@code alliance diagram PATH... -o DIR [--format svg,png,pdf] [--diagram NAME,...] [--audience A]
 * [--descriptions DIR]}: checks the plans with the shared pipeline, then draws each plan file's diagrams (the
 * built-in descriptions, overridden and extended by the {@code *.viewpoint} files of {@code --descriptions})
 * for one audience into {@code DIR/<plan>/<diagram>.<format>}, each file whole or not at all. A plan with
 * errors is drawn with its error badges (exit code 1 after drawing); a description with errors or an unknown
 * diagram name is exit code 2 with file and line. Layout files beside the plans give pinned positions; this
 * command never writes them.
 */
public final class DiagramCommand implements Subcommand {

	@Override
	public String name() {
		return "diagram";
	}

	@Override
	public String synopsis() {
		return "diagram PATH... -o DIR [--format svg,png,pdf] [--diagram NAME,...] [--audience japan|united-states|both] [--descriptions DIR] [-q]";
	}

	@Override
	public String summary() {
		return "draw each plan's diagrams (SVG, PNG, PDF) for one audience into DIR";
	}

	@Override
	public int run(List<String> args, Console console) {
		try {
			Arguments arguments = Arguments.parse(name(), args, Set.of("--quiet"),
					Set.of("-o", "--audience", "--format", "--diagram", "--descriptions"), Map.of("--output", "-o",
							"-a", "--audience", "-f", "--format", "-d", "--diagram", "-q", "--quiet"));
			boolean quiet = arguments.has("--quiet");
			Path output = arguments.requirePathsAndOutputFolder(name());
			Set<DiagramFormat> formats = formats(arguments);
			Audience audience = audience(arguments);
			List<String> names = arguments.has("--diagram") ? list(arguments.get("--diagram")) : List.of();
			Path descriptions = arguments.has("--descriptions") ? Path.of(arguments.get("--descriptions")) : null;
			PlanDiagrams diagrams;
			try {
				diagrams = PlanDiagrams.load(descriptions, names, warning -> console.err().println(
						Messages.PROGRAM + " " + name() + ": warning: " + warning));
			} catch (PipelineException e) {
				throw new UsageException(Messages.PROGRAM + " " + name() + ": " + e.getMessage());
			}
			List<Path> files = PlanFiles.expand(arguments.paths());
			PlanPipeline pipeline = new PlanPipeline();
			CheckedPlans checked = RuleChecks.check(pipeline, files, Progress.start(console, quiet, 2 * files.size()));
			report(checked, console);
			List<Finding> findings = checked.rules() == null ? List.of() : checked.rules().active();
			Set<String> folders = new LinkedHashSet<>();
			try {
				for (Map.Entry<Resource, Path> entry : checked.plans().paths().entrySet()) {
					Resource resource = entry.getKey();
					if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PlanModel model)) {
						continue; // did not parse: its syntax errors are reported above
					}
					String folder = DiagramFiles.planFolder(entry.getValue(), folders);
					List<DrawnDiagram> drawn = diagrams.draw(model, entry.getValue(), audience.visibility(), findings);
					for (Path written : DiagramFiles.write(drawn, output.resolve(folder), formats)) {
						console.out().println(Messages.wrote(written.toString()));
					}
				}
			} catch (IOException e) {
				console.err().println(Messages.generationFailed(Messages.describe(e)));
				return ExitCode.USAGE;
			}
			return checked.errors() > 0 ? ExitCode.ERRORS : ExitCode.OK;
		} catch (UsageException e) {
			console.err().println(e.getMessage());
			return ExitCode.USAGE;
		}
	}

	private Set<DiagramFormat> formats(Arguments arguments) throws UsageException {
		if (!arguments.has("--format")) {
			return EnumSet.allOf(DiagramFormat.class);
		}
		Set<DiagramFormat> formats = EnumSet.noneOf(DiagramFormat.class);
		for (String f : list(arguments.get("--format"))) {
			try {
				formats.add(DiagramFormat.valueOf(f.toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				throw new UsageException(Messages.PROGRAM + " " + name() + ": unknown diagram format '" + f
						+ "'; expected svg, png or pdf");
			}
		}
		return formats.isEmpty() ? EnumSet.allOf(DiagramFormat.class) : formats;
	}

	private Audience audience(Arguments arguments) throws UsageException {
		if (!arguments.has("--audience")) {
			return Audience.BOTH; // as the documents: only what both Governments may see, unless told otherwise
		}
		try {
			return Audience.parse(arguments.get("--audience"));
		} catch (IllegalArgumentException e) {
			throw new UsageException(Messages.PROGRAM + " " + name() + ": " + e.getMessage());
		}
	}

	private static List<String> list(String value) {
		List<String> result = new ArrayList<>();
		for (String part : value.split(",")) {
			if (!part.isBlank()) {
				result.add(part.strip());
			}
		}
		return result;
	}

	/** Language problems, then the rules' findings, on stderr in the compiler convention. */
	private static void report(CheckedPlans checked, Console console) {
		RuleChecks.printLanguageIssues(checked.languageIssues(), console.err());
		if (checked.rules() != null) {
			try {
				new TextReportWriter(false).write(checked.rules(), checked.locations(), console.err());
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
	}
}
