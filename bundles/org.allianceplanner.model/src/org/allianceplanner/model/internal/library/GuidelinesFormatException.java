package org.allianceplanner.model.internal.library;

/** The bundled Guidelines text does not have the shape the parser expects; names the line. */
public final class GuidelinesFormatException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final int line;

	GuidelinesFormatException(GuidelinesTextParser.Line line, String message) {
		super((line == null ? "guidelines-1997.txt: " : "guidelines-1997.txt:" + line.number() + ": ") + message);
		this.line = line == null ? 0 : line.number();
	}

	/** The 1-based line number in the source text, 0 if unknown. */
	public int getLine() {
		return line;
	}
}
