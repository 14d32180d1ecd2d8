package org.allianceplanner.diagram.glsp.internal;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;

/**
 * Server to client, after every model load: the description's optional layers and its filters, each with
 * whether it is on ({@code {kind: "allianceViewOptions", layers: [{id, label, enabled}], filters: [...]}}).
 */
public class ViewOptionsAction extends Action {

	public static final String KIND = "allianceViewOptions";

	/** One layer or filter. */
	public static class Option {
		private String id;
		private String label;
		private boolean enabled;

		public Option() {
		}

		public Option(String id, String label, boolean enabled) {
			this.id = id;
			this.label = label;
			this.enabled = enabled;
		}

		public String getId() {
			return id;
		}

		public String getLabel() {
			return label;
		}

		public boolean isEnabled() {
			return enabled;
		}
	}

	private List<Option> layers;
	private List<Option> filters;

	public ViewOptionsAction() {
		this(List.of(), List.of());
	}

	public ViewOptionsAction(List<Option> layers, List<Option> filters) {
		super(KIND);
		this.layers = layers;
		this.filters = filters;
	}

	public List<Option> getLayers() {
		return layers;
	}

	public List<Option> getFilters() {
		return filters;
	}
}
