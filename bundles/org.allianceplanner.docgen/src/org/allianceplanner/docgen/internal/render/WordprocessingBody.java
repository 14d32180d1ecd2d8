package org.allianceplanner.docgen.internal.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.allianceplanner.docgen.content.Block;
import org.allianceplanner.docgen.content.Checklist;
import org.allianceplanner.docgen.content.Field;
import org.allianceplanner.docgen.content.Fields;
import org.allianceplanner.docgen.content.ItemList;
import org.allianceplanner.docgen.content.Link;
import org.allianceplanner.docgen.content.FigureBlock;
import org.allianceplanner.docgen.content.Links;
import org.allianceplanner.docgen.content.Paragraph;
import org.allianceplanner.docgen.content.Section;
import org.allianceplanner.docgen.content.Table;

/**
 * Writes the body of a Word document as WordprocessingML, streaming. POI builds the rest of the package
 * (styles, headers, footers, properties); building ten thousand sections through POI's XML object model
 * takes minutes, writing their markup takes a second. Uses only the elements POI itself writes for
 * paragraphs, runs and tables, with the styles {@link DocxRenderer} defines.
 */
final class WordprocessingBody {

	/** Widest and tallest a figure is shown, in points: the text area of an A4 or Letter page. */
	private static final double MAX_FIGURE_WIDTH = 450;
	private static final double MAX_FIGURE_HEIGHT = 620;
	private static final long EMU_PER_POINT = 12_700;

	private final Writer w;
	private final Map<FigureBlock, String> pictures;
	private int drawings;

	WordprocessingBody(Writer w) {
		this(w, Map.of());
	}

	/** @param pictures the package relationship id of each figure's PNG, added to the package by POI */
	WordprocessingBody(Writer w, Map<FigureBlock, String> pictures) {
		this.w = w;
		this.pictures = pictures;
	}

	void title(String style, String text) throws IOException {
		paragraph(style, text);
	}

	void fields(List<Field> fields) throws IOException {
		for (Field f : fields) {
			w.write("<w:p>");
			run(f.label() + ": ", true);
			run(f.value(), false);
			w.write("</w:p>");
		}
	}

	void section(Section s, int level) throws IOException {
		paragraph("Heading" + Math.min(level, 6), s.heading());
		for (Block b : s.blocks()) {
			block(b);
		}
		for (Section child : s.sections()) {
			section(child, level + 1);
		}
	}

	private void block(Block b) throws IOException {
		if (b instanceof Paragraph p) {
			paragraph(null, p.text());
		} else if (b instanceof ItemList l) {
			for (String item : l.items()) {
				w.write("<w:p><w:pPr><w:ind w:left=\"360\"/></w:pPr>");
				run("\u2022 " + item, false);
				w.write("</w:p>");
			}
		} else if (b instanceof Fields f) {
			fields(f.fields());
		} else if (b instanceof Table t) {
			table(t.caption(), t.header(), t.rows(), false);
		} else if (b instanceof Checklist c) {
			Table t = c.asTable("Checklist");
			table("", t.header(), t.rows(), true);
		} else if (b instanceof FigureBlock f) {
			figure(f);
		} else if (b instanceof Links l) {
			// Plain text: Word hyperlinks need package relationships, and no Word output links to files.
			for (Link link : l.links()) {
				paragraph(null, link.text() + " (" + link.href() + ")" + (link.note().isEmpty() ? "" : " " + link.note()));
			}
		}
	}

	/** An inline picture (DrawingML, as Word writes it), scaled down to the page, then its caption. */
	private void figure(FigureBlock f) throws IOException {
		String relation = pictures.get(f);
		if (relation != null) {
			double width = Math.max(1, f.figure().width());
			double height = Math.max(1, f.figure().height());
			double scale = Math.min(1, Math.min(MAX_FIGURE_WIDTH / width, MAX_FIGURE_HEIGHT / height));
			long cx = Math.round(width * scale * EMU_PER_POINT);
			long cy = Math.round(height * scale * EMU_PER_POINT);
			int id = ++drawings;
			String name = xml(f.title());
			w.write("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing>"
					+ "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
					+ "<wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/>"
					+ "<wp:docPr id=\"" + id + "\" name=\"" + name + "\"/>"
					+ "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
					+ "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
					+ "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
					+ "<pic:nvPicPr><pic:cNvPr id=\"" + id + "\" name=\"" + name + "\"/><pic:cNvPicPr/></pic:nvPicPr>"
					+ "<pic:blipFill><a:blip r:embed=\"" + relation
					+ "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/>"
					+ "<a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
					+ "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></a:xfrm>"
					+ "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
					+ "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
		}
		paragraph("Caption", f.title());
	}

	private void paragraph(String style, String text) throws IOException {
		w.write("<w:p>");
		if (style != null) {
			w.write("<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>");
		}
		run(text, false);
		w.write("</w:p>");
	}

	private void run(String text, boolean bold) throws IOException {
		w.write(bold ? "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" : "<w:r><w:t xml:space=\"preserve\">");
		w.write(xml(text));
		w.write("</w:t></w:r>");
	}

	/** @param box put an empty ballot box in the last (Done) column, to tick on paper */
	private void table(String caption, List<String> header, List<List<String>> rows, boolean box) throws IOException {
		if (!caption.isEmpty()) {
			paragraph("Caption", caption);
		}
		w.write("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
		for (String edge : new String[] { "top", "left", "bottom", "right", "insideH", "insideV" }) {
			w.write("<w:" + edge + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>");
		}
		w.write("</w:tblBorders></w:tblPr><w:tblGrid>");
		int width = 9000 / Math.max(1, header.size());
		for (int i = 0; i < header.size(); i++) {
			w.write("<w:gridCol w:w=\"" + width + "\"/>");
		}
		w.write("</w:tblGrid>");
		w.write("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
		for (String h : header) {
			cell(h, true);
		}
		w.write("</w:tr>");
		for (List<String> row : rows) {
			w.write("<w:tr>");
			for (int i = 0; i < row.size(); i++) {
				cell(box && i == row.size() - 1 ? "\u2610" : row.get(i), false);
			}
			w.write("</w:tr>");
		}
		w.write("</w:tbl>");
		// An empty paragraph keeps two consecutive tables from merging into one in Word.
		w.write("<w:p/>");
	}

	private void cell(String text, boolean bold) throws IOException {
		w.write("<w:tc><w:p>");
		run(text, bold);
		w.write("</w:p></w:tc>");
	}

	/** XML text: escapes markup characters and drops characters XML 1.0 cannot hold. */
	static String xml(String text) {
		StringBuilder sb = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String rep = switch (c) {
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '&' -> "&amp;";
			default -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF ? "" : null;
			};
			if (rep != null && sb == null) {
				sb = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (sb != null) {
				if (rep != null) {
					sb.append(rep);
				} else {
					sb.append(c);
				}
			}
		}
		return sb == null ? text : sb.toString();
	}
}
