package org.allianceplanner.ui.internal.search;

import org.eclipse.core.resources.IFile;

/**
 * A line of a plan file that holds search matches: the Search view shows it under its file, with its text.
 *
 * @param file the plan file
 * @param line its number, from 1
 * @param offset where it starts in the file
 * @param text its text, without the line break
 */
public record PlanLine(IFile file, int line, int offset, String text) {
}
