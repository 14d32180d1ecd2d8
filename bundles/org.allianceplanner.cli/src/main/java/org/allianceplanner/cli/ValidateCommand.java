package org.allianceplanner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** {@code alliance validate PATH...}: prints every diagnostic and exits 1 when there is an error. */
public final class ValidateCommand implements Subcommand {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String synopsis() {
		return "validate PATH...";
	}

	@Override
	public String summary() {
		return "check plans; print file:line:col: severity: message";
	}

	@Override
	public int run(List<String> args, Console console) {
		try {
			Arguments arguments = Arguments.parse(name(), args, Set.of("--quiet"), Set.of(), Map.of("-q", "--quiet"));
			if (arguments.paths().isEmpty()) {
				throw new UsageException(Messages.missingPaths(name()));
			}
			List<Path> files = PlanFiles.expand(arguments.paths());
			PlanLoader loader = new PlanLoader();
			Map<Path, List<Issue>> issues = loader.validate(loader.load(files));
			int errors = 0;
			int warnings = 0;
			for (Map.Entry<Path, List<Issue>> entry : issues.entrySet()) {
				for (Issue issue : entry.getValue()) {
					console.out().println(IssueFormatter.format(entry.getKey(), issue));
					if (issue.getSeverity() == Severity.ERROR) {
						errors++;
					} else if (issue.getSeverity() == Severity.WARNING) {
						warnings++;
					}
				}
			}
			if (!arguments.has("--quiet")) {
				console.err().println(Messages.summaryLine(files.size(), errors, warnings));
			}
			return errors > 0 ? ExitCode.ERRORS : ExitCode.OK;
		} catch (UsageException e) {
			console.err().println(e.getMessage());
			return ExitCode.USAGE;
		}
	}
}
