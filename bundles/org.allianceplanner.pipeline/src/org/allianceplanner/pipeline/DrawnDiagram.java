package org.allianceplanner.pipeline;

import java.awt.Graphics2D;
import java.nio.charset.StandardCharsets;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.layout.DiagramLayout;
import org.allianceplanner.diagram.render.DiagramFormat;
import org.allianceplanner.diagram.render.DiagramRenderer;
import org.allianceplanner.docgen.Figure;

/**
 * One diagram of one plan file, interpreted and laid out, ready to render: as a file in any
 * {@link DiagramFormat}, or as a {@link Figure} of a plan document. Each rendering is made when first asked
 * for and kept, since a document's formats ask for the same picture from several threads.
 */
public final class DrawnDiagram implements Figure {

	private final String name;
	private final Diagram diagram;
	private final DiagramLayout layout;
	private final DiagramRenderer renderer;
	private String svg;
	private byte[] png;

	DrawnDiagram(String name, Diagram diagram, DiagramLayout layout, DiagramRenderer renderer) {
		this.name = name;
		this.diagram = diagram;
		this.layout = layout;
		this.renderer = renderer;
	}

	/** The file name of the diagram without extension, e.g. {@code readiness-stages}. */
	@Override
	public String name() {
		return name;
	}

	@Override
	public String title() {
		return diagram.title();
	}

	public Diagram diagram() {
		return diagram;
	}

	public DiagramLayout layout() {
		return layout;
	}

	@Override
	public double width() {
		return renderer.size(layout).width();
	}

	@Override
	public double height() {
		return renderer.size(layout).height();
	}

	@Override
	public synchronized String svg() {
		if (svg == null) {
			svg = renderer.toSvg(diagram, layout);
		}
		return svg;
	}

	@Override
	public synchronized byte[] png() {
		if (png == null) {
			png = renderer.toPng(diagram, layout, DiagramRenderer.DEFAULT_PNG_SCALE);
		}
		return png.clone();
	}

	@Override
	public void paint(Graphics2D g) {
		renderer.paint(diagram, layout, g); // moves the drawing's top-left corner to the origin
	}

	/** The bytes of the diagram in {@code format} (SVG as UTF-8). */
	public byte[] render(DiagramFormat format) {
		return switch (format) {
		case SVG -> svg().getBytes(StandardCharsets.UTF_8);
		case PNG -> png();
		default -> renderer.render(format, diagram, layout);
		};
	}
}
