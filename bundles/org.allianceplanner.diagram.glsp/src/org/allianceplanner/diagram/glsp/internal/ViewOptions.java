package org.allianceplanner.diagram.glsp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.allianceplanner.diagram.description.viewpoint.DiagramDescription;
import org.allianceplanner.diagram.description.viewpoint.Filter;
import org.allianceplanner.diagram.description.viewpoint.Layer;

import com.google.inject.Inject;

/** The layers and filters of the session's diagram, as the client's toolbar shows them. */
public class ViewOptions {

	@Inject
	private DiagramSource source;

	public ViewOptionsAction current() {
		DiagramDescription description = source.description();
		List<ViewOptionsAction.Option> layers = new ArrayList<>();
		List<ViewOptionsAction.Option> filters = new ArrayList<>();
		if (description != null) {
			Set<String> chosenLayers = source.layers();
			for (Layer layer : description.getLayers()) {
				if (!layer.isDefault()) {
					boolean on = chosenLayers == null ? layer.isEnabled() : chosenLayers.contains(layer.getName());
					layers.add(new ViewOptionsAction.Option(layer.getName(), label(layer.getLabel(), layer.getName()), on));
				}
			}
			for (Filter filter : description.getFilters()) {
				filters.add(new ViewOptionsAction.Option(filter.getName(), label(filter.getLabel(), filter.getName()),
						source.filters().contains(filter.getName())));
			}
		}
		return new ViewOptionsAction(layers, filters);
	}

	private static String label(String label, String name) {
		return label == null || label.isBlank() ? name : label;
	}
}
