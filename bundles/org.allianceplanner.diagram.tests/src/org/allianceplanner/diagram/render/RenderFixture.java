package org.allianceplanner.diagram.render;

import java.nio.file.Files;
import java.nio.file.Path;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.layout.DiagramLayout;
import org.allianceplanner.diagram.layout.Fixtures;
import org.allianceplanner.diagram.layout.LayoutConfiguration;

/** A laid-out test diagram and the renderer, with a place to keep what was rendered for review. */
final class RenderFixture {

	final Diagram diagram;
	final DiagramLayout layout;
	final DiagramRenderer renderer = new DiagramRenderer(Fixtures.FONT);

	RenderFixture(Diagram diagram) {
		this.diagram = diagram;
		this.layout = Fixtures.layouter().layout(diagram, LayoutConfiguration.layered());
	}

	/** Keeps the output in target/diagrams for review. */
	Path keep(DiagramFormat format, byte[] bytes) throws java.io.IOException {
		Path file = Fixtures.outputDir().resolve(diagram.id() + "." + format.extension());
		Files.write(file, bytes);
		return file;
	}
}
