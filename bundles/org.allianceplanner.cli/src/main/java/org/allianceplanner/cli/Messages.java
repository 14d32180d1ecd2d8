package org.allianceplanner.cli;

import org.eclipse.emf.ecore.resource.Resource;

/** Every user-facing string of the command, in one place. */
public final class Messages {

	public static final String PROGRAM = "alliance";

	public static final String USAGE_HINT = "Run 'alliance --help' for usage.";

	private Messages() {
	}

	public static String unknownSubcommand(String word) {
		return PROGRAM + ": unknown command '" + word + "'. " + USAGE_HINT;
	}

	public static String missingSubcommand() {
		return PROGRAM + ": no command given. " + USAGE_HINT;
	}

	public static String unknownGlobalOption(String option) {
		return PROGRAM + ": unknown option '" + option + "'. " + USAGE_HINT;
	}

	public static String unknownOption(String command, String option) {
		return PROGRAM + " " + command + ": unknown option '" + option + "'. " + USAGE_HINT;
	}

	public static String missingOptionValue(String command, String option) {
		return PROGRAM + " " + command + ": option '" + option + "' needs a value. " + USAGE_HINT;
	}

	public static String missingPaths(String command) {
		return PROGRAM + " " + command + ": no plan files or folders given. " + USAGE_HINT;
	}

	public static String missingOutput(String command) {
		return PROGRAM + " " + command + ": no output folder given; use -o DIR. " + USAGE_HINT;
	}

	public static String emptyOutput(String command) {
		return PROGRAM + " " + command + ": the output folder given with -o is empty; name a folder. " + USAGE_HINT;
	}

	/**
	 * An input/output failure as "PATH: reason", never as an exception's class name: a file system exception
	 * names its file, and the reason comes from the system or from the kind of failure.
	 */
	public static String describe(java.io.IOException e) {
		if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
			String reason = fs.getReason();
			if (reason == null) {
				reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
						: e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
								: e instanceof java.nio.file.FileAlreadyExistsException ? "exists"
										: e instanceof java.nio.file.NotDirectoryException ? "not a folder"
												: "cannot be written";
			}
			return fs.getFile() + ": " + reason;
		}
		if (e.getMessage() != null && !e.getMessage().isBlank()) {
			// a wrapped cause prints as "java.io.IOException: reason": keep the reason
			return e.getMessage().replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
		}
		return "output cannot be written";
	}

	public static String noSuchFile(String path) {
		return PROGRAM + ": " + path + ": no such file or folder";
	}

	public static String unreadable(String path) {
		return PROGRAM + ": " + path + ": cannot be read (permission denied)";
	}

	public static String notAPlanFile(String path) {
		return PROGRAM + ": " + path + ": not a plan file (plan files end in .alliance)";
	}

	public static String noPlanFiles(String path) {
		return PROGRAM + ": " + path + ": folder holds no .alliance files";
	}

	public static String ioProblem(String path, String reason) {
		return PROGRAM + ": " + path + ": " + reason;
	}

	public static String outputNotAFolder(String path) {
		return PROGRAM + ": " + path + ": output path exists and is not a folder";
	}

	public static String wouldOverwrite(String path) {
		return PROGRAM + ": " + path + ": exists and was not written by 'alliance generate'; "
				+ "move it away or pass --force";
	}

	public static String notGeneratedBecauseOfErrors(int errorCount) {
		return PROGRAM + ": " + errorCount + (errorCount == 1 ? " error" : " errors")
				+ "; no documents written";
	}

	public static String formatted(String path) {
		return "formatted " + path;
	}

	public static String notFormatted(String path, Resource.Diagnostic firstError) {
		return PROGRAM + ": " + path + ":" + firstError.getLine() + ": " + firstError.getMessage()
				+ " Not formatted (run 'alliance validate').";
	}

	public static String notFormattedChanged(String path) {
		return PROGRAM + ": " + path + ": changed while it was formatted, or cannot be read back as UTF-8; not written";
	}

	public static String removed(String path) {
		return "removed " + path + " (no longer generated)";
	}

	public static String withheld(int count, String audience) {
		return count + (count == 1 ? " element" : " elements") + " withheld from the edition for: " + audience;
	}

	public static String generationFailed(String reason) {
		return PROGRAM + ": generate: " + reason;
	}

	public static String wrote(String path) {
		return "wrote " + path;
	}

	public static String summaryLine(int files, int errors, int warnings) {
		return files + (files == 1 ? " file" : " files") + " checked: " + errors
				+ (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings");
	}
}
