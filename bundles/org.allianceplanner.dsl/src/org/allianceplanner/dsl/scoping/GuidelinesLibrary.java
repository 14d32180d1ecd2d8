package org.allianceplanner.dsl.scoping;

import java.util.List;

import org.allianceplanner.model.guidelines.GuidelinesElement;

/**
 * The built-in Guidelines (1997) as plans see them: every clause, Annex function, field and item and
 * every body that an {@code implements} reference can name.
 */
public interface GuidelinesLibrary {

	/** Every citable element, in document order. The elements are shared and must not be changed. */
	List<GuidelinesElement> elements();
}
