package org.allianceplanner.diagram.render;

/** The file formats a diagram renders to. */
public enum DiagramFormat {
	SVG("svg"), PNG("png"), PDF("pdf");

	private final String extension;

	DiagramFormat(String extension) {
		this.extension = extension;
	}

	/** The file extension, without the dot. */
	public String extension() {
		return extension;
	}
}
