package org.allianceplanner.diagram.glsp.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkersReason;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;

import com.google.inject.Inject;

/**
 * GLSP's validation ({@code RequestMarkersAction} → {@code SetMarkersAction}): the plan's problems
 * ({@link DiagramProblems}) on the elements asked about and everything inside them. Every model the server sends
 * carries them as issue markers already, so the live validation GLSP runs after each model returns none (the client
 * would add each issue a second time to the element's marker).
 */
public class ProblemsValidator implements ModelValidator {

	@Inject
	private DiagramProblems problems;

	@Inject
	private GModelState modelState;

	@Override
	public List<Marker> validate(List<GModelElement> elements, String reason) {
		if (MarkersReason.LIVE.equals(reason)) {
			return List.of();
		}
		Set<String> ids = new HashSet<>();
		for (GModelElement element : elements) {
			collect(element, ids);
		}
		return problems.of(modelState.getRoot().getId()).stream().filter(p -> ids.contains(p.elementId()))
				.map(p -> new Marker(p.label(), p.message(), p.elementId(), p.severity())).toList();
	}

	private static void collect(GModelElement element, Set<String> ids) {
		ids.add(element.getId());
		for (GModelElement child : element.getChildren()) {
			collect(child, ids);
		}
	}
}
