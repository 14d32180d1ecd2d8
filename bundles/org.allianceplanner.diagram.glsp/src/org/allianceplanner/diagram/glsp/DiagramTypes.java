package org.allianceplanner.diagram.glsp;

/** The GLSP names the web client and the server agree on (docs/DIAGRAMS.md, the wire contract). */
public final class DiagramTypes {

	/** The GLSP diagram type of every Alliance Planner diagram. */
	public static final String DIAGRAM_TYPE = "alliance-diagram";

	/** {@code RequestModelAction} option: the plan file's {@code file:} URI. */
	public static final String OPTION_SOURCE_URI = "sourceUri";
	/** {@code RequestModelAction} option: the diagram description's name, as in the viewpoint. */
	public static final String OPTION_DIAGRAM = "diagram";
	/** {@code RequestModelAction} option: {@code japan}, {@code united-states} or {@code both} (the default). */
	public static final String OPTION_AUDIENCE = "audience";

	/** The root's type. */
	public static final String GRAPH = "graph";
	/** A node's type is this prefix and its shape ({@code node:rounded-rectangle}). */
	public static final String NODE_PREFIX = "node:";
	public static final String EDGE = "edge";
	public static final String LABEL = "label";
	public static final String EDGE_LABEL = "label:edge";
	public static final String MARKER = "marker";
	/** The id of an element's label: the element's id and this suffix. */
	public static final String LABEL_SUFFIX = "#label";
	/** The id of an element's issue marker: the element's id and this suffix. */
	public static final String MARKER_SUFFIX = "#marker";

	private DiagramTypes() {
	}
}
