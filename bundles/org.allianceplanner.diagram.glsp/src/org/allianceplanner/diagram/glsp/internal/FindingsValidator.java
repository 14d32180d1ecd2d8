package org.allianceplanner.diagram.glsp.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.diagram.graph.Decoration;
import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramEdge;
import org.allianceplanner.diagram.graph.DiagramNode;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.ModelValidator;

import com.google.inject.Inject;

/**
 * GLSP's validation ({@code RequestMarkersAction} → {@code SetMarkersAction}): the findings of the plan's
 * checks that the diagram shows as badges, on the elements asked about and everything inside them.
 */
public class FindingsValidator implements ModelValidator {

	@Inject
	private DiagramSource source;

	@Override
	public List<Marker> validate(List<GModelElement> elements, String reason) {
		Set<String> ids = new HashSet<>();
		for (GModelElement element : elements) {
			collect(element, ids);
		}
		List<Marker> markers = new ArrayList<>();
		Diagram diagram = source.diagram().orElse(null);
		if (diagram == null) {
			return markers;
		}
		for (DiagramNode node : diagram.allNodes()) {
			add(markers, ids, node.identity(), node.decorations());
		}
		for (DiagramEdge edge : diagram.edges()) {
			add(markers, ids, edge.identity(), edge.decorations());
		}
		return markers;
	}

	private static void add(List<Marker> markers, Set<String> ids, String id, List<Decoration> decorations) {
		if (!ids.contains(id)) {
			return;
		}
		for (Decoration d : decorations) {
			markers.add(new Marker(d.ruleId(), GModels.message(d), id, GModels.severity(d.severity())));
		}
	}

	private static void collect(GModelElement element, Set<String> ids) {
		ids.add(element.getId());
		for (GModelElement child : element.getChildren()) {
			collect(child, ids);
		}
	}
}
