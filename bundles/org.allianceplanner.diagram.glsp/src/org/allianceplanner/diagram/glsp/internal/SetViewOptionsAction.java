package org.allianceplanner.diagram.glsp.internal;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;

/**
 * Client to server: the ids of the optional layers and of the filters the user turned on
 * ({@code {kind: "allianceSetViewOptions", layers: [ids], filters: [ids]}}); the server draws the diagram
 * again and sends an update.
 */
public class SetViewOptionsAction extends Action {

	public static final String KIND = "allianceSetViewOptions";

	private List<String> layers;
	private List<String> filters;

	public SetViewOptionsAction() {
		this(List.of(), List.of());
	}

	public SetViewOptionsAction(List<String> layers, List<String> filters) {
		super(KIND);
		this.layers = layers;
		this.filters = filters;
	}

	public List<String> getLayers() {
		return layers == null ? List.of() : layers;
	}

	public List<String> getFilters() {
		return filters == null ? List.of() : filters;
	}
}
