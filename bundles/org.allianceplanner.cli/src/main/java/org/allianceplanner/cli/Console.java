package org.allianceplanner.cli;

import java.io.PrintStream;

/** Where a subcommand writes: results to {@code out}, problems to {@code err}. Tests pass their own. */
public record Console(PrintStream out, PrintStream err) {

	public static Console system() {
		return new Console(System.out, System.err);
	}
}
