package org.allianceplanner.diagram.glsp;

/** A plan text that cannot be read or changed as asked; the message names the file and says why. */
public class PlanTextException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PlanTextException(String message) {
		super(message);
	}

	public PlanTextException(String message, Throwable cause) {
		super(message, cause);
	}
}
