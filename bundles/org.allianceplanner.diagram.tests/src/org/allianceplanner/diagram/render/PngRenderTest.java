package org.allianceplanner.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.allianceplanner.diagram.graph.DiagramNode;
import org.allianceplanner.diagram.graph.RgbColor;
import org.allianceplanner.diagram.graph.SyntheticDiagrams;
import org.allianceplanner.diagram.layout.Bounds;
import org.junit.jupiter.api.Test;

/** PNG by size and by what is painted where: node fills inside nodes, white where nothing is. */
class PngRenderTest {

	private final RenderFixture fixture = new RenderFixture(SyntheticDiagrams.responsibility());

	@Test
	void rendersHeadless() {
		assertTrue(GraphicsEnvironment.isHeadless(), "the tests run with java.awt.headless=true");
	}

	@Test
	void imageHasTheDiagramsSizeAtTheScale() throws Exception {
		byte[] png = fixture.renderer.toPng(fixture.diagram, fixture.layout, 2);
		fixture.keep(DiagramFormat.PNG, png);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		Bounds e = fixture.layout.extent();
		assertEquals((int) Math.ceil(e.width() * 2), image.getWidth());
		assertEquals((int) Math.ceil(e.height() * 2), image.getHeight());
	}

	@Test
	void nodesArePaintedWithTheirFillAndTheBackgroundIsWhite() throws Exception {
		BufferedImage image = fixture.renderer.toImage(fixture.diagram, fixture.layout, 1);
		Bounds e = fixture.layout.extent();
		for (DiagramNode n : fixture.diagram.allNodes()) {
			if (n.isContainer()) {
				continue;
			}
			Bounds b = fixture.layout.node(n.identity()).orElseThrow();
			// Just inside the right border, half way down: the fill, whatever the shape (not label or icon).
			int x = (int) Math.round(b.maxX() - e.x() - 4);
			int y = (int) Math.round(b.y() - e.y() + b.height() / 2);
			if (n.style().shape() == org.allianceplanner.diagram.graph.NodeShape.LOZENGE) {
				x = (int) Math.round(b.center().x() - e.x());
				y = (int) Math.round(b.y() - e.y() + b.height() * 0.85);
			}
			assertEquals(n.style().fillColor(), color(image.getRGB(x, y)), n.identity() + " at " + x + "," + y);
		}
		assertEquals(RgbColor.WHITE, color(image.getRGB(image.getWidth() - 2, image.getHeight() - 2)));
		assertTrue(nonWhiteShare(image) > 0.05, "something substantial is drawn");
	}

	@Test
	void labelsArePaintedInsideTheirNodes() {
		BufferedImage image = fixture.renderer.toImage(fixture.diagram, fixture.layout, 1);
		Bounds e = fixture.layout.extent();
		Bounds b = fixture.layout.node("Task:sar").orElseThrow();
		int dark = 0;
		for (int x = (int) (b.x() - e.x()); x < b.maxX() - e.x(); x++) {
			for (int y = (int) (b.y() - e.y()); y < b.maxY() - e.y(); y++) {
				RgbColor c = color(image.getRGB(x, y));
				if (c.red() + c.green() + c.blue() < 200) {
					dark++;
				}
			}
		}
		assertTrue(dark > 40, "the label's dark pixels: " + dark);
	}

	private static RgbColor color(int argb) {
		return new RgbColor(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff);
	}

	private static double nonWhiteShare(BufferedImage image) {
		long n = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
					n++;
				}
			}
		}
		return (double) n / (image.getWidth() * image.getHeight());
	}
}
