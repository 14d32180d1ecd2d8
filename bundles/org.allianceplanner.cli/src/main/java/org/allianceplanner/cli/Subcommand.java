package org.allianceplanner.cli;

import java.util.List;

/**
 * One subcommand of {@code alliance}. Implementations are small and independent so that other
 * features (report formats, document generators) can add their own without touching the others.
 */
public interface Subcommand {

	/** The word after {@code alliance} that selects this subcommand. */
	String name();

	/** The synopsis line shown by {@code alliance --help}. */
	String synopsis();

	/** One line saying what the subcommand does. */
	String summary();

	/**
	 * Runs the subcommand.
	 *
	 * @param args the arguments after the subcommand name
	 * @return the exit code: {@link ExitCode#OK}, {@link ExitCode#ERRORS} or {@link ExitCode#USAGE}
	 */
	int run(List<String> args, Console console);
}
