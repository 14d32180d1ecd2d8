package org.allianceplanner.cli;

/** The exit codes of {@code alliance}, documented in docs/LANGUAGE.md. */
public final class ExitCode {

	/** No errors (warnings allowed). */
	public static final int OK = 0;

	/** A plan has errors. */
	public static final int ERRORS = 1;

	/** Bad usage, a missing file or another input/output problem. */
	public static final int USAGE = 2;

	private ExitCode() {
	}
}
