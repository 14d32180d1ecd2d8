package org.allianceplanner.diagram.glsp.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.diagram.description.registry.DescriptionRegistry;
import org.allianceplanner.diagram.description.viewpoint.DiagramDescription;
import org.allianceplanner.diagram.description.viewpoint.Tool;
import org.allianceplanner.diagram.description.viewpoint.ToolKind;

/**
 * The names of the built-in descriptions' tools this server carries out, by kind: GLSP registers create
 * handlers by element type (the tool's name) and type hints per diagram type, before any diagram is open.
 */
public final class ToolNames {

	private static Map<ToolKind, List<String>> names;

	private ToolNames() {
	}

	public static synchronized List<String> of(ToolKind kind) {
		if (names == null) {
			Map<ToolKind, List<String>> found = new EnumMap<>(ToolKind.class);
			DescriptionRegistry registry = DescriptionRegistry.load(null);
			for (String name : registry.names()) {
				DiagramDescription description = registry.find(name).orElseThrow();
				for (Tool tool : description.getTools()) {
					List<String> list = found.computeIfAbsent(tool.getKind(), k -> new ArrayList<>());
					if (PlanEditor.supported(tool) && !list.contains(tool.getName())) {
						list.add(tool.getName());
					}
				}
			}
			names = found;
		}
		return List.copyOf(names.getOrDefault(kind, List.of()));
	}
}
