package org.allianceplanner.docgen.internal.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.allianceplanner.docgen.content.Block;
import org.allianceplanner.docgen.content.Checklist;
import org.allianceplanner.docgen.content.Field;
import org.allianceplanner.docgen.content.Fields;
import org.allianceplanner.docgen.content.ItemList;
import org.allianceplanner.docgen.content.Link;
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

	private final Writer w;

	WordprocessingBody(Writer w) {
		this.w = w;
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
		} else if (b instanceof Links l) {
			// Plain text: Word hyperlinks need package relationships, and no Word output links to files.
			for (Link link : l.links()) {
				paragraph(null, link.text() + " (" + link.href() + ")" + (link.note().isEmpty() ? "" : " " + link.note()));
			}
		}
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
