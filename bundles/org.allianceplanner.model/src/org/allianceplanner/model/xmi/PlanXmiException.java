package org.allianceplanner.model.xmi;

import java.nio.file.Path;

/** A plan model file could not be loaded; the message names the file, line and column. */
public final class PlanXmiException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;

	PlanXmiException(Path file, int line, int column, String detail) {
		this(file, line, column, detail, null);
	}

	PlanXmiException(Path file, int line, int column, String detail, Throwable cause) {
		super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + detail, cause);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	public Path getFile() {
		return file;
	}

	/** 1-based line, 0 if unknown. */
	public int getLine() {
		return line;
	}

	/** 1-based column, 0 if unknown. */
	public int getColumn() {
		return column;
	}
}
