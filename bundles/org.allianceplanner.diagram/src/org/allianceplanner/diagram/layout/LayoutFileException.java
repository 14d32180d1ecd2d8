package org.allianceplanner.diagram.layout;

import java.io.IOException;

/** A layout file could not be written, or would have replaced a file we could not read. Names the file. */
public class LayoutFileException extends IOException {

	private static final long serialVersionUID = 1L;

	public LayoutFileException(String message) {
		super(message);
	}

	public LayoutFileException(String message, Throwable cause) {
		super(message, cause);
	}
}
