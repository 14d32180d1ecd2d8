package org.allianceplanner.pipeline;

/**
 * An input the pipeline cannot use: a plan file that is missing, unreadable, not a regular file or too
 * large, or a settings file with bad content. The message is one line, {@code PATH: reason}, naming the
 * file; hosts print it as is (the command prefixes its name and exits 2).
 */
public class PipelineException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String path;

	public PipelineException(String path, String reason) {
		this(path, reason, false);
	}

	/** @param whole whether {@code text} is the whole message, already naming the file (and line) */
	private PipelineException(String path, String text, boolean whole) {
		super(whole ? text : path + ": " + text);
		this.path = path;
	}

	/** A problem whose message already names the file and line, e.g. {@code alliance.properties:2: ...}. */
	static PipelineException located(String path, String message) {
		return new PipelineException(path, message, true);
	}

	/** The file the problem is about, as the host named it. */
	public String path() {
		return path;
	}
}
