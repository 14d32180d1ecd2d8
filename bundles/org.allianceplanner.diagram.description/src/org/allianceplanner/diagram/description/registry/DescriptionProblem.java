package org.allianceplanner.diagram.description.registry;

/**
 * An error or warning in a description file, or a diagram asked for that no description has.
 *
 * @param file where (a path, or {@code builtin:/...} for the shipped viewpoint); null when no file is to blame
 * @param line 1-based; 0 when unknown
 */
public record DescriptionProblem(String file, int line, int column, String message, boolean error) {

	@Override
	public String toString() {
		String where = file == null ? "" : file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": ";
		return where + (error ? "error: " : "warning: ") + message;
	}
}
