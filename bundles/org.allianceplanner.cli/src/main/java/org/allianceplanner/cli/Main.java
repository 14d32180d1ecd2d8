package org.allianceplanner.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of {@code alliance}: picks the subcommand and returns its exit code. Subcommands are
 * registered in {@link #subcommands()}; each one parses its own arguments.
 */
public final class Main {

	private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();

	public Main() {
		for (Subcommand command : subcommands()) {
			subcommands.put(command.name(), command);
		}
	}

	/** The subcommands in the order {@code --help} lists them. Add new ones here. */
	static List<Subcommand> subcommands() {
		return List.of(new ValidateCommand(), new CoverageCommand(), new GenerateCommand(), new DiagramCommand(),
				new FormatCommand(),
				new LspCommand(), new ServeCommand());
	}

	public static void main(String[] args) {
		System.exit(new Main().run(Arrays.asList(args), Console.system()));
	}

	public int run(List<String> args, Console console) {
		if (args.isEmpty()) {
			console.err().println(Messages.missingSubcommand());
			return ExitCode.USAGE;
		}
		String first = args.get(0);
		switch (first) {
		case "--help", "-h", "help":
			printHelp(console);
			return ExitCode.OK;
		case "--version", "-V":
			console.out().println(Messages.PROGRAM + " " + Version.current());
			return ExitCode.OK;
		default:
			break;
		}
		Subcommand command = subcommands.get(first);
		if (command == null) {
			console.err().println(first.startsWith("-") ? Messages.unknownGlobalOption(first)
					: Messages.unknownSubcommand(first));
			return ExitCode.USAGE;
		}
		return command.run(args.subList(1, args.size()), console);
	}

	private void printHelp(Console console) {
		console.out().println("Usage: alliance COMMAND [OPTIONS] PATH...");
		console.out().println();
		console.out().println("Checks and documents bilateral plans written in the .alliance language");
		console.out().println("(Guidelines for Japan-U.S. Defense Cooperation, 1997).");
		console.out().println();
		console.out().println("Commands:");
		for (Subcommand command : subcommands.values()) {
			console.out().printf("  %-34s %s%n", command.synopsis(), command.summary());
		}
		console.out().println();
		console.out().println("Options:");
		console.out().printf("  %-34s %s%n", "--help", "show this help");
		console.out().printf("  %-34s %s%n", "--version", "show the version");
		console.out().printf("  %-34s %s%n", "-q, --quiet", "validate, coverage, generate: no progress bar, no summary");
		console.out().printf("  %-34s %s%n", "--format text|json|sarif", "validate: report format (default text)");
		console.out().printf("  %-34s %s%n", "--fail-on error|warning|never", "validate: lowest severity that fails (default error)");
		console.out().println();
		console.out().println("A folder stands for every .alliance file below it. Results (diagnostics, reports,");
		console.out().println("written files) go to stdout, messages to stderr; a progress bar is drawn on stderr");
		console.out().println("only on a terminal, when neither input nor output is redirected");
		console.out().println("(ALLIANCE_PROGRESS=never turns it off).");
		console.out().println();
		console.out().println("Exit status:");
		console.out().println("  0  success: no finding at or above --fail-on; outputs written; lsp: client disconnected");
		console.out().println("  1  the plans fail: errors (or warnings with --fail-on warning); nothing generated");
		console.out().println("  2  bad usage, unknown option, missing or unreadable file, output cannot be written");
	}
}
