package org.allianceplanner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.PipelineException;
import org.allianceplanner.pipeline.PlanPipeline;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** What {@code validate}, {@code coverage} and {@code generate} share: the pipeline's checks, language problems. */
final class RuleChecks {

	private RuleChecks() {
	}

	/**
	 * Loads and checks the files with the shared pipeline (severities from the project's alliance.properties).
	 *
	 * @throws UsageException naming the file that cannot be read or the settings line that is wrong
	 */
	static CheckedPlans check(PlanPipeline pipeline, List<Path> files, Progress progress) throws UsageException {
		pipeline.withProgress(progress::step);
		try {
			return pipeline.check(pipeline.load(files));
		} catch (PipelineException e) {
			throw new UsageException(Messages.PROGRAM + ": " + e.getMessage());
		} finally {
			progress.close();
		}
	}

	/**
	 * Prints syntax, linking and naming problems in the compiler convention.
	 *
	 * @return the number of errors among them: the rules of the Guidelines are not run on a plan that does not
	 *         parse or link
	 */
	static int printLanguageIssues(Map<Path, List<Issue>> issues, PrintStream out) {
		int errors = 0;
		for (Map.Entry<Path, List<Issue>> entry : issues.entrySet()) {
			for (Issue issue : entry.getValue()) {
				out.println(IssueFormatter.format(entry.getKey(), issue));
				if (issue.getSeverity() == Severity.ERROR) {
					errors++;
				}
			}
		}
		return errors;
	}
}
