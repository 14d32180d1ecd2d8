package org.allianceplanner.diagram.glsp;

import java.util.List;

import org.eclipse.emf.common.util.URI;

/**
 * What the diagram server asks of the program that hosts it: the IDE selects text and undoes in the text's
 * document, {@code alliance serve} does none of it ({@link #NONE}).
 */
public interface DiagramHost {

	/** The host does nothing. */
	DiagramHost NONE = new DiagramHost() {
	};

	/**
	 * A text range of a plan file that a diagram element stands for.
	 *
	 * @param file the plan file's URI
	 * @param offset UTF-16 offset of the element's text
	 * @param length its length
	 * @param elementId the diagram element's id
	 */
	record SourceRange(URI file, int offset, int length, String elementId) {
	}

	/** A diagram element was opened (double-click): show its text. */
	default void reveal(SourceRange range) {
	}

	/** The diagram's selection changed to these elements (those with a text). */
	default void selectionChanged(List<SourceRange> selection) {
	}

	/**
	 * The user asked the diagram to undo (GLSP's {@code UndoAction}, Ctrl+Z in the page): undo the last change of
	 * the plan's text, the same undo the text editor makes.
	 *
	 * @return false when the host keeps no undo history (then nothing happens)
	 */
	default boolean undo() {
		return false;
	}

	/** As {@link #undo()}, for GLSP's {@code RedoAction} (Ctrl+Shift+Z, Ctrl+Y). */
	default boolean redo() {
		return false;
	}
}
