package org.allianceplanner.cli;

import java.nio.file.Path;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** The one-line form of a diagnostic: {@code file:line:col: severity: message}. */
public final class IssueFormatter {

	private IssueFormatter() {
	}

	public static String format(Path file, Issue issue) {
		int line = issue.getLineNumber() != null ? issue.getLineNumber() : 1;
		int column = issue.getColumn() != null ? issue.getColumn() : 1;
		return file + ":" + line + ":" + column + ": " + severity(issue.getSeverity()) + ": " + issue.getMessage();
	}

	public static String severity(Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "info";
		case IGNORE -> "ignored";
		};
	}
}
