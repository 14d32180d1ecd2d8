package org.allianceplanner.diagram.glsp;

import java.util.Map;
import java.util.function.Consumer;

import org.allianceplanner.diagram.edit.PlanEdit;
import org.eclipse.emf.common.util.URI;

/**
 * Where the diagram server reads plan texts and writes diagram edits: the files on disk for
 * {@code alliance serve} ({@link FilePlanTexts}), the text editors' documents in the IDE. The text stays the
 * one source of truth; the server never writes a plan file any other way.
 */
public interface PlanTexts {

	/**
	 * The current text of a plan file.
	 *
	 * @throws PlanTextException when it cannot be read (missing, not valid in its encoding), naming the file
	 */
	String read(URI plan) throws PlanTextException;

	/**
	 * Applies every file's text edits of {@code edit} as one change labelled {@link PlanEdit#label()}.
	 *
	 * @param basis for each file the edit changes, the text the edit was computed from
	 * @throws PlanTextException when a file's text is no longer {@code basis} (changed since it was read): nothing
	 *             is applied, and the message names the file
	 */
	void apply(PlanEdit edit, Map<URI, String> basis) throws PlanTextException;

	/**
	 * Calls {@code listener} with a plan's URI after its text changed (through {@link #apply} or otherwise, as the
	 * implementation can tell).
	 *
	 * @return closing it removes the listener
	 */
	AutoCloseable onChange(Consumer<URI> listener);
}
