package org.allianceplanner.diagram.glsp.internal;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.diagram.description.viewpoint.ToolKind;
import org.allianceplanner.diagram.glsp.DiagramTypes;
import org.allianceplanner.diagram.graph.NodeShape;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/**
 * What the client may do with each element type: nodes move and are resized (positions and sizes are pinned in
 * the layout file), are deleted and dropped into other containers. The server lays out (the core's ELK layout,
 * which honours the sizes users gave, never smaller than a label needs), the client never does.
 */
public class AllianceDiagramConfiguration extends BaseDiagramConfiguration {

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		List<String> nodeTools = toolNames(ToolKind.NODE_CREATION);
		List<String> nodeTypes = nodeTypes();
		List<String> containable = new ArrayList<>(nodeTools);
		containable.addAll(nodeTypes);
		List<ShapeTypeHint> hints = new ArrayList<>();
		for (String type : nodeTypes) {
			hints.add(new ShapeTypeHint(type, true, true, true, true, containable));
		}
		for (String tool : nodeTools) {
			hints.add(new ShapeTypeHint(tool, true, true, true, true, containable));
		}
		return hints;
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		List<String> ends = nodeTypes();
		List<EdgeTypeHint> hints = new ArrayList<>();
		hints.add(new EdgeTypeHint(DiagramTypes.EDGE, false, true, false, ends, ends));
		for (String tool : toolNames(ToolKind.EDGE_CREATION)) {
			hints.add(new EdgeTypeHint(tool, false, true, false, ends, ends));
		}
		return hints;
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.MANUAL;
	}

	@Override
	public boolean needsClientLayout() {
		return false;
	}

	@Override
	public boolean animatedUpdate() {
		return false;
	}

	private static List<String> nodeTypes() {
		List<String> types = new ArrayList<>();
		for (NodeShape shape : NodeShape.values()) {
			types.add(DiagramTypes.NODE_PREFIX + GModels.name(shape));
		}
		return types;
	}

	private static List<String> toolNames(ToolKind kind) {
		return ToolNames.of(kind);
	}
}
