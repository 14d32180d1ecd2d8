package org.allianceplanner.docgen.internal.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.docgen.content.Block;
import org.allianceplanner.docgen.content.Checklist;
import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.Field;
import org.allianceplanner.docgen.content.Fields;
import org.allianceplanner.docgen.content.ItemList;
import org.allianceplanner.docgen.content.Link;
import org.allianceplanner.docgen.content.Links;
import org.allianceplanner.docgen.content.Paragraph;
import org.allianceplanner.docgen.content.Section;
import org.allianceplanner.docgen.content.Table;

/**
 * DOCX with Apache POI: Word's built-in heading style names (so the navigation pane and a table of contents
 * work), the banner in every page header and footer, and core properties dated from the document.
 */
public final class DocxRenderer implements Renderer {

	@Override
	public OutputFormat format() {
		return OutputFormat.DOCX;
	}

	@Override
	public void render(Document d, OutputStream out) throws IOException {
		PoiLogging.ensureConfigured();
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
		try (XWPFDocument doc = new XWPFDocument()) {
			defineStyles(doc);
			banner(doc.createHeader(HeaderFooterType.DEFAULT), d.banner().line());
			banner(doc.createFooter(HeaderFooterType.DEFAULT), d.banner().line());
			properties(doc, d);
			text(doc.createParagraph(), "Title", d.title());
			if (!d.subtitle().isEmpty()) {
				text(doc.createParagraph(), "Subtitle", d.subtitle());
			}
			fields(doc, List.of(new Field("Classification", d.banner().classification()),
					new Field("Releasability", d.banner().releasability()), new Field("Date", d.dateText())));
			for (Section s : d.sections()) {
				section(doc, s, 1);
			}
			doc.write(buffer);
		}
		ReproducibleZip.copy(buffer.toByteArray(), d.date(), out);
	}

	private static void properties(XWPFDocument doc, Document d) {
		POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
		core.setTitle(d.title());
		core.setCreator("Alliance Planner");
		core.setCategory(d.banner().line());
		core.setContentStatus(d.banner().classification());
		Date date = Date.from(d.date());
		core.setCreated(Optional.of(date));
		core.setModified(Optional.of(date));
	}

	private static void defineStyles(XWPFDocument doc) {
		XWPFStyles styles = doc.createStyles();
		style(styles, "Title", "Title", 36, true, false);
		style(styles, "Subtitle", "Subtitle", 24, false, true);
		int[] sizes = { 32, 28, 26, 24, 22, 22 };
		for (int level = 1; level <= 6; level++) {
			XWPFStyle s = style(styles, "Heading" + level, "heading " + level, sizes[level - 1], true, false);
			s.getCTStyle().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
		}
		style(styles, "Caption", "caption", 20, true, false);
		style(styles, "Banner", "Banner", 18, true, false);
	}

	private static XWPFStyle style(XWPFStyles styles, String id, String name, int halfPoints, boolean bold,
			boolean italic) {
		CTStyle ct = CTStyle.Factory.newInstance();
		ct.setStyleId(id);
		ct.setType(STStyleType.PARAGRAPH);
		ct.addNewName().setVal(name);
		ct.addNewQFormat();
		var rPr = ct.addNewRPr();
		rPr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		if (bold) {
			rPr.addNewB();
		}
		if (italic) {
			rPr.addNewI();
		}
		XWPFStyle style = new XWPFStyle(ct, styles);
		styles.addStyle(style);
		return style;
	}

	private static void banner(XWPFHeaderFooter hf, String line) {
		XWPFParagraph p = hf.getParagraphArray(0) != null ? hf.getParagraphArray(0) : hf.createParagraph();
		p.setStyle("Banner");
		p.setAlignment(ParagraphAlignment.CENTER);
		p.createRun().setText(line);
	}

	private static XWPFParagraph text(XWPFParagraph p, String style, String text) {
		if (style != null) {
			p.setStyle(style);
		}
		p.createRun().setText(text);
		return p;
	}

	private void section(XWPFDocument doc, Section s, int level) {
		text(doc.createParagraph(), "Heading" + Math.min(level, 6), s.heading());
		for (Block b : s.blocks()) {
			block(doc, b);
		}
		for (Section child : s.sections()) {
			section(doc, child, level + 1);
		}
	}

	private void block(XWPFDocument doc, Block b) {
		if (b instanceof Paragraph p) {
			text(doc.createParagraph(), null, p.text());
		} else if (b instanceof ItemList l) {
			for (String item : l.items()) {
				text(doc.createParagraph(), null, "\u2022 " + item).setIndentationLeft(360);
			}
		} else if (b instanceof Fields f) {
			fields(doc, f.fields());
		} else if (b instanceof Table t) {
			table(doc, t.caption(), t.header(), t.rows());
		} else if (b instanceof Checklist c) {
			Table t = c.asTable("Checklist");
			table(doc, "", t.header(), t.rows().stream().map(DocxRenderer::withBox).toList());
		} else if (b instanceof Links l) {
			for (Link link : l.links()) {
				XWPFParagraph p = doc.createParagraph();
				XWPFHyperlinkRun run = p.createHyperlinkRun(uri(link.href()));
				run.setText(link.text());
				run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
				if (!link.note().isEmpty()) {
					p.createRun().setText(" " + link.note());
				}
			}
		}
	}

	/** A relationship target must be a valid URI: percent-encode what a file name may hold (spaces...). */
	private static String uri(String href) {
		try {
			return new java.net.URI(null, null, href, null).toASCIIString();
		} catch (java.net.URISyntaxException e) {
			throw new IllegalArgumentException("Link target '" + href + "' is not a valid relative path", e);
		}
	}

	/** Puts an empty ballot box in the Done column, to tick on paper. */
	private static List<String> withBox(List<String> row) {
		List<String> copy = new java.util.ArrayList<>(row);
		copy.set(copy.size() - 1, "\u2610");
		return copy;
	}

	private static void fields(XWPFDocument doc, List<Field> fields) {
		for (Field f : fields) {
			XWPFParagraph p = doc.createParagraph();
			XWPFRun label = p.createRun();
			label.setBold(true);
			label.setText(f.label() + ": ");
			p.createRun().setText(f.value());
		}
	}

	private static void table(XWPFDocument doc, String caption, List<String> header, List<List<String>> rows) {
		if (!caption.isEmpty()) {
			text(doc.createParagraph(), "Caption", caption);
		}
		XWPFTable t = doc.createTable(1, header.size());
		t.setWidth("100%");
		XWPFTableRow head = t.getRow(0);
		head.setRepeatHeader(true);
		for (int i = 0; i < header.size(); i++) {
			XWPFParagraph p = head.getCell(i).getParagraphArray(0);
			XWPFRun run = p.createRun();
			run.setBold(true);
			run.setText(header.get(i));
		}
		for (List<String> row : rows) {
			XWPFTableRow r = t.createRow();
			for (int i = 0; i < row.size(); i++) {
				r.getCell(i).getParagraphArray(0).createRun().setText(row.get(i));
			}
		}
		// An empty paragraph keeps two consecutive tables from merging into one in Word.
		doc.createParagraph();
	}
}
