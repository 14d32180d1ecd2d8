package org.allianceplanner.diagram.glsp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allianceplanner.diagram.description.viewpoint.DiagramDescription;
import org.allianceplanner.diagram.description.viewpoint.Tool;
import org.allianceplanner.diagram.description.viewpoint.ToolKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

import com.google.inject.Inject;

/**
 * GLSP's tool palette from the description's tools: its node tools and edge tools that the server can carry
 * out ({@link PlanEditor#supported}); a role tool once per role, the role in the action's arguments.
 */
public class AlliancePalette implements ToolPaletteItemProvider {

	@Inject
	private DiagramSource source;

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		DiagramDescription description = source.description();
		List<PaletteItem> nodes = new ArrayList<>();
		List<PaletteItem> edges = new ArrayList<>();
		int order = 0;
		for (Tool tool : description == null ? List.<Tool>of() : description.getTools()) {
			if (!PlanEditor.supported(tool)) {
				continue;
			}
			String label = tool.getLabel() == null ? tool.getName() : tool.getLabel();
			String sort = String.format(Locale.ROOT, "%03d", order++);
			if (tool.getKind() == ToolKind.NODE_CREATION) {
				nodes.add(new PaletteItem(tool.getName(), label, new TriggerNodeCreationAction(tool.getName()), null, sort));
			} else if (tool.getKind() == ToolKind.EDGE_CREATION && "Assignment".equals(PlanEditor.domainName(tool))) {
				for (RoleKind role : RoleKind.VALUES) {
					String literal = role.getName().toLowerCase(Locale.ROOT);
					edges.add(new PaletteItem(tool.getName() + "." + literal, label + ": " + literal,
							new TriggerEdgeCreationAction(tool.getName(), Map.of(PlanEditor.ARG_ROLE, literal)), null,
							sort + role.getValue()));
				}
			} else if (tool.getKind() == ToolKind.EDGE_CREATION) {
				edges.add(new PaletteItem(tool.getName(), label, new TriggerEdgeCreationAction(tool.getName()), null, sort));
			}
		}
		List<PaletteItem> groups = new ArrayList<>();
		if (!nodes.isEmpty()) {
			groups.add(PaletteItem.createPaletteGroup("nodes", "Elements", nodes, null, "A"));
		}
		if (!edges.isEmpty()) {
			groups.add(PaletteItem.createPaletteGroup("edges", "Relations", edges, null, "B"));
		}
		return groups;
	}
}
