package org.allianceplanner.fonts;

import java.io.IOException;

/**
 * A font file is missing from the class path or cannot be read. The message names the file and where it comes
 * from, so that a caller can log it as a warning and fall back to a font of its own.
 */
public class FontUnavailableException extends IOException {

	private static final long serialVersionUID = 1L;

	public FontUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
