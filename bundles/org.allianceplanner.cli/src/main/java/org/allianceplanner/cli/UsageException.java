package org.allianceplanner.cli;

/**
 * A problem with the command line or with the files it names (exit code 2). The message is one line
 * that is printed as is.
 */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
