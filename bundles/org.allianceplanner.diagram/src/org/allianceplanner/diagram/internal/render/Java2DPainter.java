package org.allianceplanner.diagram.internal.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;

import org.allianceplanner.diagram.graph.RgbColor;
import org.allianceplanner.diagram.text.TextMetrics;

/**
 * Paints a scene onto any Java2D surface: a headless image for PNG, OpenPDF's {@code PdfGraphics2D} for PDF.
 * The caller sets the transform; this paints in diagram coordinates.
 */
public final class Java2DPainter {

	private final TextMetrics metrics;

	public Java2DPainter(TextMetrics metrics) {
		this.metrics = metrics;
	}

	public void paint(Scene scene, Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setColor(Color.WHITE);
		g.fill(new java.awt.geom.Rectangle2D.Double(scene.extent().x(), scene.extent().y(), scene.extent().width(),
				scene.extent().height()));
		for (SceneItem item : scene.items()) {
			if (item instanceof SceneItem.Outline o) {
				if (o.fill() != null) {
					g.setColor(color(o.fill()));
					g.fill(o.shape());
				}
				if (o.stroke() != null) {
					g.setColor(color(o.stroke()));
					g.setStroke(stroke(o));
					g.draw(o.shape());
				}
			} else if (item instanceof SceneItem.Text t) {
				g.setColor(color(t.font().color()));
				g.setFont(metrics.awtFont(t.font()));
				g.drawString(t.text(), (float) t.x(), (float) t.y());
			}
		}
	}

	private static Stroke stroke(SceneItem.Outline o) {
		float[] dash = Scene.dashes(o.lineStyle(), o.strokeWidth());
		return dash.length == 0
				? new BasicStroke((float) o.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER)
				: new BasicStroke((float) o.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dash, 0);
	}

	private static Color color(RgbColor c) {
		return new Color(c.red(), c.green(), c.blue());
	}
}
