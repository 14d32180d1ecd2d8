package org.allianceplanner.docgen;

import java.io.IOException;

/** Generation could not complete; the message names the file or plan and what is wrong. */
public class GenerationException extends IOException {

	private static final long serialVersionUID = 1L;

	public GenerationException(String message) {
		super(message);
	}

	public GenerationException(String message, Throwable cause) {
		super(message, cause);
	}
}
