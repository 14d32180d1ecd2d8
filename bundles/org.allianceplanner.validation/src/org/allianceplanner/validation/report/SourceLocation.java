package org.allianceplanner.validation.report;

/**
 * Where an element is written: the file and, when known, 1-based line and column (0 when unknown, e.g. in XMI).
 */
public record SourceLocation(String file, int line, int column) {

	public boolean hasLine() {
		return line > 0;
	}

	/** {@code file:line:col}, or {@code file} when the position is unknown. */
	public String text() {
		return hasLine() ? file + ":" + line + ":" + Math.max(column, 1) : file;
	}
}
