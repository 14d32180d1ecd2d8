package org.allianceplanner.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one subcommand: options (each either a flag or an option with one value) and
 * the remaining paths. {@code --} ends the options.
 */
public final class Arguments {

	private final Map<String, String> options = new HashMap<>();
	private final List<String> paths = new ArrayList<>();

	private Arguments() {
	}

	/**
	 * @param flags options without a value, e.g. {@code --force}
	 * @param valued options taking the next argument as value, e.g. {@code -o}
	 * @param aliases short forms mapped to the canonical option, e.g. {@code --output -> -o}
	 */
	public static Arguments parse(String command, List<String> args, Set<String> flags, Set<String> valued,
			Map<String, String> aliases) throws UsageException {
		Arguments result = new Arguments();
		boolean optionsEnded = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
				result.paths.add(arg);
				continue;
			}
			if (arg.equals("--")) {
				optionsEnded = true;
				continue;
			}
			String value = null;
			int equals = arg.indexOf('=');
			if (arg.startsWith("--") && equals > 0) {
				value = arg.substring(equals + 1);
				arg = arg.substring(0, equals);
			}
			String option = aliases.getOrDefault(arg, arg);
			if (flags.contains(option) && value == null) {
				result.options.put(option, "true");
			} else if (valued.contains(option)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException(Messages.missingOptionValue(command, arg));
					}
					value = args.get(++i);
				}
				result.options.put(option, value);
			} else {
				throw new UsageException(Messages.unknownOption(command, arg));
			}
		}
		return result;
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
}
