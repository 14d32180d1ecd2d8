import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the outline's icons per plan element kind and its tool bar buttons (16x16 and @2x 32x32) into icons/outline/. Not part of the
 * bundle: run it once after changing a drawing, from the bundle folder:
 * {@code java icons/IconPainter.java icons/outline}. Shapes are drawn on a 16-unit grid and scaled.
 */
public class IconPainter {

	public static void main(String[] args) throws IOException {
		File out = new File(args.length > 0 ? args[0] : "icons/outline");
		out.mkdirs();
		paint(out, "plan", IconPainter::plan);
		paint(out, "stage", IconPainter::stage);
		paint(out, "procedure", IconPainter::procedure);
		paint(out, "task", IconPainter::task);
		paint(out, "party", IconPainter::party);
		paint(out, "area", IconPainter::area);
		paint(out, "mechanism", IconPainter::mechanism);
		paint(out, "element", IconPainter::element);
		paint(out, "sort", IconPainter::sort);
		paint(out, "group", IconPainter::group);
	}

	private static void paint(File dir, String name, Consumer<Graphics2D> drawing) throws IOException {
		for (int scale = 1; scale <= 2; scale++) {
			BufferedImage image = new BufferedImage(16 * scale, 16 * scale, BufferedImage.TYPE_INT_ARGB);
			Graphics2D g = image.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.scale(scale, scale);
			drawing.accept(g);
			g.dispose();
			ImageIO.write(image, "png", new File(dir, name + (scale == 2 ? "@2x" : "") + ".png"));
		}
	}

	private static void fillAndOutline(Graphics2D g, java.awt.Shape shape, Color fill, Color line) {
		g.setColor(fill);
		g.fill(shape);
		g.setColor(line);
		g.setStroke(new BasicStroke(1f));
		g.draw(shape);
	}

	/** A sheet with a folded corner and text lines (blue). */
	private static void plan(Graphics2D g) {
		Path2D sheet = new Path2D.Float();
		sheet.moveTo(2.5, 1.5);
		sheet.lineTo(10, 1.5);
		sheet.lineTo(13.5, 5);
		sheet.lineTo(13.5, 14.5);
		sheet.lineTo(2.5, 14.5);
		sheet.closePath();
		fillAndOutline(g, sheet, new Color(0xDCE8F8), new Color(0x2F5F9E));
		g.setColor(new Color(0x2F5F9E));
		for (int y = 6; y <= 12; y += 2) {
			g.fill(new java.awt.Rectangle(4, y, 8, 1));
		}
	}

	/** Three rising steps (orange): readiness levels. */
	private static void stage(Graphics2D g) {
		Color fill = new Color(0xF6B04A);
		Color line = new Color(0x9A5A00);
		fillAndOutline(g, new java.awt.geom.Rectangle2D.Float(1.5f, 10.5f, 4, 4), fill, line);
		fillAndOutline(g, new java.awt.geom.Rectangle2D.Float(6, 6.5f, 4, 8), fill, line);
		fillAndOutline(g, new java.awt.geom.Rectangle2D.Float(10.5f, 2.5f, 4, 12), fill, line);
	}

	/** A checklist (green): a common procedure. */
	private static void procedure(Graphics2D g) {
		fillAndOutline(g, new RoundRectangle2D.Float(1.5f, 1.5f, 13, 13, 3, 3), new Color(0xE3F4E1), new Color(0x2E7D32));
		g.setColor(new Color(0x2E7D32));
		g.setStroke(new BasicStroke(1.3f));
		for (int y = 4; y <= 12; y += 4) {
			g.draw(new java.awt.geom.Line2D.Float(3.5f, y, 5, y + 1.2f));
			g.draw(new java.awt.geom.Line2D.Float(5, y + 1.2f, 6.8f, y - 1));
			g.fill(new java.awt.Rectangle(8, y, 5, 1));
		}
	}

	/** A target (red rings): a task. */
	private static void task(Graphics2D g) {
		fillAndOutline(g, new Ellipse2D.Float(1.5f, 1.5f, 13, 13), new Color(0xFBE3E1), new Color(0xB3261E));
		fillAndOutline(g, new Ellipse2D.Float(4.5f, 4.5f, 7, 7), new Color(0xFFFFFF), new Color(0xB3261E));
		g.setColor(new Color(0xB3261E));
		g.fill(new Ellipse2D.Float(6.5f, 6.5f, 3, 3));
	}

	/** A shield with a chevron (navy): a party. */
	private static void party(Graphics2D g) {
		Path2D shield = new Path2D.Float();
		shield.moveTo(8, 1.5);
		shield.lineTo(14, 3.5);
		shield.curveTo(14, 9, 12, 12.5, 8, 14.5);
		shield.curveTo(4, 12.5, 2, 9, 2, 3.5);
		shield.closePath();
		fillAndOutline(g, shield, new Color(0x3B4F8F), new Color(0x1C2750));
		g.setColor(new Color(0xFFFFFF));
		g.setStroke(new BasicStroke(1.8f));
		Path2D chevron = new Path2D.Float();
		chevron.moveTo(4.8, 6);
		chevron.lineTo(8, 9);
		chevron.lineTo(11.2, 6);
		g.draw(chevron);
	}

	/** A map pin over a patch of land (teal): an area. */
	private static void area(Graphics2D g) {
		Path2D land = new Path2D.Float();
		land.moveTo(1.5, 11);
		land.lineTo(6, 9.5);
		land.lineTo(10, 11);
		land.lineTo(14.5, 9.5);
		land.lineTo(14.5, 14.5);
		land.lineTo(1.5, 14.5);
		land.closePath();
		fillAndOutline(g, land, new Color(0xB9E2D6), new Color(0x1E6E5A));
		Path2D pin = new Path2D.Float();
		pin.moveTo(8, 12);
		pin.curveTo(4.5, 8, 4.5, 6.5, 4.5, 5);
		pin.curveTo(4.5, 1, 11.5, 1, 11.5, 5);
		pin.curveTo(11.5, 6.5, 11.5, 8, 8, 12);
		pin.closePath();
		fillAndOutline(g, pin, new Color(0x1E8E6E), new Color(0x0F4D3C));
		g.setColor(Color.WHITE);
		g.fill(new Ellipse2D.Float(6.5f, 3.5f, 3, 3));
	}

	/** Two linked rings (purple): a coordination mechanism. */
	private static void mechanism(Graphics2D g) {
		g.setStroke(new BasicStroke(2.2f));
		g.setColor(new Color(0x6A3FA0));
		g.draw(new Ellipse2D.Float(1.8f, 4, 7.5f, 7.5f));
		g.setColor(new Color(0xA67CD6));
		g.draw(new Ellipse2D.Float(6.7f, 4, 7.5f, 7.5f));
	}

	/** A small diamond (gray): any other named element. */
	private static void element(Graphics2D g) {
		Path2D diamond = new Path2D.Float();
		diamond.moveTo(8, 3);
		diamond.lineTo(13, 8);
		diamond.lineTo(8, 13);
		diamond.lineTo(3, 8);
		diamond.closePath();
		fillAndOutline(g, diamond, new Color(0xC9CED6), new Color(0x5A6270));
	}

	/** Bars of growing length and a down arrow: sort alphabetically. */
	private static void sort(Graphics2D g) {
		g.setColor(new Color(0x3A3F47));
		for (int i = 0; i < 4; i++) {
			g.fill(new java.awt.Rectangle(1, 2 + i * 3, 4 + i * 2, 2));
		}
		g.setColor(new Color(0x2F5F9E));
		g.fill(new java.awt.Rectangle(12, 2, 2, 9));
		Path2D head = new Path2D.Float();
		head.moveTo(9.5, 10);
		head.lineTo(16, 10);
		head.lineTo(12.75, 14.5);
		head.closePath();
		g.fill(head);
	}

	/** Small shapes under two headings: group by kind. */
	private static void group(Graphics2D g) {
		Color heading = new Color(0x3A3F47);
		g.setColor(heading);
		g.fill(new java.awt.Rectangle(1, 1, 8, 2));
		g.fill(new java.awt.Rectangle(1, 9, 8, 2));
		fillAndOutline(g, new java.awt.geom.Rectangle2D.Float(4.5f, 4.5f, 3, 3), new Color(0xF6B04A), new Color(0x9A5A00));
		fillAndOutline(g, new java.awt.geom.Rectangle2D.Float(9.5f, 4.5f, 3, 3), new Color(0xF6B04A), new Color(0x9A5A00));
		fillAndOutline(g, new Ellipse2D.Float(4.5f, 12.5f, 3, 3), new Color(0xFBE3E1), new Color(0xB3261E));
		fillAndOutline(g, new Ellipse2D.Float(9.5f, 12.5f, 3, 3), new Color(0xFBE3E1), new Color(0xB3261E));
	}
}
