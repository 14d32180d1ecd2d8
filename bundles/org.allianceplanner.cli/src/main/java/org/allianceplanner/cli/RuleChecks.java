package org.allianceplanner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.allianceplanner.cli.PlanLoader.LoadedPlans;
import org.allianceplanner.validation.settings.SettingsFile;
import org.allianceplanner.validation.settings.SettingsFile.SettingsException;
import org.allianceplanner.validation.settings.ValidationSettings;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** What {@code validate} and {@code coverage} share: project settings, file names, language problems. */
final class RuleChecks {

	private RuleChecks() {
	}

	/** The settings of the project of the first file: the nearest alliance.properties, or the defaults. */
	static ValidationSettings settings(List<Path> files) throws UsageException {
		try {
			return SettingsFile.find(files.get(0).toAbsolutePath());
		} catch (SettingsException e) {
			throw new UsageException("alliance: " + e.getMessage());
		} catch (IOException e) {
			throw new UsageException(Messages.ioProblem(SettingsFile.FILE_NAME, String.valueOf(e.getMessage())));
		}
	}

	/** Names an element's file as the user typed it, else by its file path. */
	static Function<EObject, String> fileNames(LoadedPlans plans) {
		Map<Resource, Path> paths = plans.paths();
		return element -> {
			Resource r = element.eResource();
			if (r == null) {
				return "<unknown>";
			}
			Path p = paths.get(r);
			if (p != null) {
				return p.toString();
			}
			URI uri = r.getURI();
			return uri.isFile() ? uri.toFileString() : uri.toString();
		};
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
