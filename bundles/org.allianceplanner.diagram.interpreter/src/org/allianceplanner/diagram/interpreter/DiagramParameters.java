package org.allianceplanner.diagram.interpreter;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.allianceplanner.validation.Finding;
import org.eclipse.emf.ecore.EObject;

/**
 * What to draw besides the description: which optional layers are on (null: those the description
 * marks {@code enabled}), which filters are active, which elements the audience may see, and the
 * validation findings that become decorations.
 *
 * @param layers  names of the optional layers to show, or null for the description's choice
 * @param filters names of the filters to apply
 * @param visible the elements releasable to the audience (docgen's edition for an audience); everything
 *                else is left out, as in the documents
 * @param findings validation findings; active ones with an element become badges
 */
public record DiagramParameters(Set<String> layers, Set<String> filters, Predicate<EObject> visible,
		Collection<Finding> findings) {

	private static final Predicate<EObject> EVERYTHING = e -> true;

	public DiagramParameters {
		layers = layers == null ? null : Set.copyOf(layers);
		filters = Set.copyOf(Objects.requireNonNull(filters, "filters"));
		visible = visible == null ? EVERYTHING : visible;
		findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
	}

	/** The description's own choice of layers, no filter, everything visible, no findings. */
	public static DiagramParameters defaults() {
		return new DiagramParameters(null, Set.of(), EVERYTHING, List.of());
	}

	public DiagramParameters withLayers(Set<String> value) {
		return new DiagramParameters(value, filters, visible, findings);
	}

	public DiagramParameters withFilters(Set<String> value) {
		return new DiagramParameters(layers, value, visible, findings);
	}

	public DiagramParameters withVisibility(Predicate<EObject> value) {
		return new DiagramParameters(layers, filters, value, findings);
	}

	public DiagramParameters withFindings(Collection<Finding> value) {
		return new DiagramParameters(layers, filters, visible, value);
	}

	/** Whether a visibility filter other than "everything" is set. */
	public boolean restricted() {
		return visible != EVERYTHING;
	}
}
