package org.allianceplanner.diagram.internal.render;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.List;

import org.allianceplanner.diagram.graph.FontStyle;
import org.allianceplanner.diagram.layout.Bounds;

/**
 * Writes a scene as self-contained SVG 1.1: no scripts, no external references, text as {@code <text>}, one
 * {@code <g>} per diagram element carrying its identity ({@code data-element}) and role. Numbers are written
 * with two decimals so output is stable.
 */
public final class SvgWriter {

	private final String fontFamily;

	public SvgWriter(String fontFamily) {
		// A viewer without the family falls back to its own sans-serif font.
		this.fontFamily = fontFamily.equals("sans-serif") ? fontFamily : "'" + fontFamily + "', sans-serif";
	}

	public String write(Scene scene) {
		Bounds e = scene.extent();
		StringBuilder out = new StringBuilder(4096 + scene.items().size() * 160);
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(e.width()))
				.append("\" height=\"").append(n(e.height())).append("\" viewBox=\"").append(n(e.x())).append(' ')
				.append(n(e.y())).append(' ').append(n(e.width())).append(' ').append(n(e.height())).append("\">\n");
		out.append("<title>").append(escape(scene.title())).append("</title>\n");
		out.append("<rect class=\"background\" x=\"").append(n(e.x())).append("\" y=\"").append(n(e.y()))
				.append("\" width=\"").append(n(e.width())).append("\" height=\"").append(n(e.height()))
				.append("\" fill=\"#ffffff\"/>\n");
		List<SceneItem> items = scene.items();
		String openElement = null;
		String openRole = null;
		for (SceneItem item : items) {
			String group = groupRole(item.role());
			if (!item.element().equals(openElement) || !group.equals(openRole)) {
				if (openElement != null) {
					out.append("</g>\n");
				}
				out.append("<g class=\"").append(group).append("\" data-element=\"").append(escape(item.element()))
						.append("\">\n");
				openElement = item.element();
				openRole = group;
			}
			if (item instanceof SceneItem.Outline o) {
				outline(o, out);
			} else if (item instanceof SceneItem.Text t) {
				text(t, out);
			}
		}
		if (openElement != null) {
			out.append("</g>\n");
		}
		out.append("</svg>\n");
		return out.toString();
	}

	/** Items of one element are grouped by what they belong to: the element itself, its label, or a badge. */
	private static String groupRole(String role) {
		return switch (role) {
		case "arrow" -> "edge";
		case "icon" -> "node";
		default -> role;
		};
	}

	private static void outline(SceneItem.Outline o, StringBuilder out) {
		out.append("<path class=\"").append(o.role()).append("\" d=\"").append(path(o.shape())).append("\" fill=\"")
				.append(o.fill() == null ? "none" : o.fill().hex()).append('"');
		if (o.stroke() != null) {
			out.append(" stroke=\"").append(o.stroke().hex()).append("\" stroke-width=\"").append(n(o.strokeWidth()))
					.append('"');
			float[] dash = Scene.dashes(o.lineStyle(), o.strokeWidth());
			if (dash.length > 0) {
				out.append(" stroke-dasharray=\"");
				for (int i = 0; i < dash.length; i++) {
					out.append(i == 0 ? "" : " ").append(n(dash[i]));
				}
				out.append('"');
			}
		} else {
			out.append(" stroke=\"none\"");
		}
		out.append("/>\n");
	}

	private void text(SceneItem.Text t, StringBuilder out) {
		FontStyle f = t.font();
		out.append("<text class=\"").append(t.role()).append("\" x=\"").append(n(t.x())).append("\" y=\"")
				.append(n(t.y())).append("\" font-family=\"").append(escape(fontFamily)).append("\" font-size=\"")
				.append(f.size()).append('"');
		if (f.bold()) {
			out.append(" font-weight=\"bold\"");
		}
		if (f.italic()) {
			out.append(" font-style=\"italic\"");
		}
		out.append(" fill=\"").append(f.color().hex()).append("\" xml:space=\"preserve\">").append(escape(t.text()))
				.append("</text>\n");
	}

	private static String path(Shape shape) {
		StringBuilder d = new StringBuilder();
		double[] c = new double[6];
		for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
			int type = it.currentSegment(c);
			if (d.length() > 0) {
				d.append(' ');
			}
			switch (type) {
			case PathIterator.SEG_MOVETO -> d.append('M').append(n(c[0])).append(' ').append(n(c[1]));
			case PathIterator.SEG_LINETO -> d.append('L').append(n(c[0])).append(' ').append(n(c[1]));
			case PathIterator.SEG_QUADTO -> d.append('Q').append(n(c[0])).append(' ').append(n(c[1])).append(' ')
					.append(n(c[2])).append(' ').append(n(c[3]));
			case PathIterator.SEG_CUBICTO -> d.append('C').append(n(c[0])).append(' ').append(n(c[1])).append(' ')
					.append(n(c[2])).append(' ').append(n(c[3])).append(' ').append(n(c[4])).append(' ')
					.append(n(c[5]));
			case PathIterator.SEG_CLOSE -> d.append('Z');
			default -> throw new IllegalStateException("unknown path segment " + type);
			}
		}
		return d.toString();
	}

	/** A number with at most two decimals, no trailing zeros (fast: called for every coordinate). */
	static String n(double v) {
		long hundredths = Math.round(v * 100);
		if (hundredths == 0) {
			return "0";
		}
		StringBuilder b = new StringBuilder(12);
		if (hundredths < 0) {
			b.append('-');
			hundredths = -hundredths;
		}
		b.append(hundredths / 100);
		long frac = hundredths % 100;
		if (frac != 0) {
			b.append('.').append(frac / 10);
			if (frac % 10 != 0) {
				b.append(frac % 10);
			}
		}
		return b.toString();
	}

	/** XML text and attribute escaping; drops characters XML 1.0 cannot carry. */
	static String escape(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			switch (ch) {
			case '&' -> b.append("&amp;");
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '"' -> b.append("&quot;");
			case '\'' -> b.append("&apos;");
			default -> {
				if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
					if (ch == 0xFFFE || ch == 0xFFFF) {
						b.append('\uFFFD');
					} else {
						b.append(ch);
					}
				} else {
					b.append('\uFFFD');
				}
			}
			}
		}
		return b.toString();
	}
}
