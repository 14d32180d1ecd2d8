package org.allianceplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The arguments of one subcommand, parsed by picocli: options (each either a flag or an option with one
 * value, {@code --name=value} too) and the remaining paths. {@code --} ends the options. Errors are one line in
 * the command's words (unknown option, missing value) and exit code 2.
 */
public final class Arguments {

	private final Map<String, String> options = new HashMap<>();
	private final List<String> paths = new ArrayList<>();

	private Arguments() {
	}

	/**
	 * @param flags options without a value, e.g. {@code --force}
	 * @param valued options taking the next argument as value, e.g. {@code -o}
	 * @param aliases other names mapped to the canonical option, e.g. {@code --output -> -o}
	 */
	public static Arguments parse(String command, List<String> args, Set<String> flags, Set<String> valued,
			Map<String, String> aliases) throws UsageException {
		CommandSpec spec = CommandSpec.create().name(Messages.PROGRAM + " " + command);
		// plain paths: no @argument files; the last of a repeated option wins, as it always did
		spec.parser().expandAtFiles(false).overwrittenOptionsAllowed(true).posixClusteredShortOptionsAllowed(false);
		Map<OptionSpec, String> canonical = new LinkedHashMap<>();
		for (String option : flags) {
			OptionSpec flag = option(option, aliases).arity("0").type(boolean.class).build();
			spec.addOption(flag);
			canonical.put(flag, option);
		}
		for (String option : valued) {
			OptionSpec withValue = option(option, aliases).arity("1").type(String.class).build();
			spec.addOption(withValue);
			canonical.put(withValue, option);
		}
		spec.addPositional(PositionalParamSpec.builder().arity("0..*").type(String[].class).paramLabel("PATH").build());
		ParseResult result;
		try {
			result = new CommandLine(spec).parseArgs(args.toArray(String[]::new));
		} catch (UnmatchedArgumentException e) {
			List<String> unmatched = e.getUnmatched();
			throw new UsageException(Messages.unknownOption(command, unmatched.isEmpty() ? "" : name(unmatched.get(0))));
		} catch (MissingParameterException e) {
			throw new UsageException(Messages.missingOptionValue(command, typed(args, e.getMissing())));
		} catch (ParameterException e) {
			throw new UsageException(Messages.PROGRAM + " " + command + ": " + e.getMessage() + ". " + Messages.USAGE_HINT);
		}
		Arguments arguments = new Arguments();
		for (OptionSpec matched : result.matchedOptions()) {
			Object value = matched.getValue();
			arguments.options.put(canonical.get(matched), value instanceof Boolean ? "true" : String.valueOf(value));
		}
		if (result.hasMatchedPositional(0)) {
			for (String path : (String[]) result.matchedPositional(0).getValue()) {
				arguments.paths.add(path);
			}
		}
		return arguments;
	}

	private static OptionSpec.Builder option(String canonical, Map<String, String> aliases) {
		List<String> names = new ArrayList<>(List.of(canonical));
		aliases.forEach((alias, target) -> {
			if (target.equals(canonical)) {
				names.add(alias);
			}
		});
		return OptionSpec.builder(names.toArray(String[]::new));
	}

	/** {@code --frobnicate=1} is the unknown option {@code --frobnicate}. */
	private static String name(String argument) {
		int equals = argument.indexOf('=');
		return argument.startsWith("--") && equals > 0 ? argument.substring(0, equals) : argument;
	}

	/** The name under which the user gave the option that lacks its value. */
	private static String typed(List<String> args, List<ArgSpec> missing) {
		for (int i = args.size() - 1; i >= 0; i--) {
			for (ArgSpec spec : missing) {
				if (spec instanceof OptionSpec option && List.of(option.names()).contains(args.get(i))) {
					return args.get(i);
				}
			}
		}
		return missing.isEmpty() || !(missing.get(0) instanceof OptionSpec option) ? "" : option.shortestName();
	}

	public boolean has(String option) {
		return options.containsKey(option);
	}

	public String get(String option) {
		return options.get(option);
	}

	public List<String> paths() {
		return paths;
	}

	/**
	 * The plan paths, which must be given, and the output folder of {@code -o}, which must be given, not empty,
	 * and not an existing file: what every subcommand that writes into a folder checks first.
	 *
	 * @return the output folder
	 */
	public Path requirePathsAndOutputFolder(String command) throws UsageException {
		if (paths.isEmpty()) {
			throw new UsageException(Messages.missingPaths(command));
		}
		if (!has("-o")) {
			throw new UsageException(Messages.missingOutput(command));
		}
		if (get("-o").isBlank()) {
			throw new UsageException(Messages.emptyOutput(command));
		}
		Path output = Path.of(get("-o"));
		if (Files.exists(output) && !Files.isDirectory(output)) {
			throw new UsageException(Messages.outputNotAFolder(output.toString()));
		}
		return output;
	}
}
