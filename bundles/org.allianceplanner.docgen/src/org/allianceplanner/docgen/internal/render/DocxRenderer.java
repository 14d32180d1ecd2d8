package org.allianceplanner.docgen.internal.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;

import org.allianceplanner.docgen.content.Block;
import org.allianceplanner.docgen.content.FigureBlock;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.Field;
import org.allianceplanner.docgen.content.Section;

/**
 * DOCX with Apache POI: POI builds the package (styles with Word's built-in heading names, so the navigation
 * pane and a table of contents work; the banner in every page header and footer; core properties dated from
 * the document), and {@link WordprocessingBody} streams the body into it.
 */
public final class DocxRenderer implements Renderer {

	@Override
	public OutputFormat format() {
		return OutputFormat.DOCX;
	}

	/** Stands in POI's document for the body, which is then streamed in its place. */
	private static final String BODY_PLACEHOLDER = "@@ALLIANCE-PLANNER-BODY@@";

	@Override
	public void render(Document d, OutputStream out) throws IOException {
		PoiLogging.ensureConfigured();
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
		Map<FigureBlock, String> pictures = new IdentityHashMap<>();
		try (XWPFDocument doc = new XWPFDocument()) {
			defineStyles(doc);
			for (FigureBlock figure : figures(d.sections(), new ArrayList<>())) {
				try {
					pictures.put(figure, doc.addPictureData(figure.figure().png(), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG));
				} catch (InvalidFormatException e) {
					throw new IOException("The picture of '" + figure.title() + "' could not be added: " + e.getMessage(), e);
				}
			}
			banner(doc.createHeader(HeaderFooterType.DEFAULT), d.banner().line());
			banner(doc.createFooter(HeaderFooterType.DEFAULT), d.banner().line());
			properties(doc, d);
			doc.createParagraph().createRun().setText(BODY_PLACEHOLDER);
			doc.write(buffer);
		}
		ReproducibleZip.copy(buffer.toByteArray(), d.date(), out,
				Map.of("word/document.xml", (original, zout) -> body(d, original, zout, pictures)));
	}

	private static List<FigureBlock> figures(List<Section> sections, List<FigureBlock> into) {
		for (Section s : sections) {
			for (Block b : s.blocks()) {
				if (b instanceof FigureBlock f) {
					into.add(f);
				}
			}
			figures(s.sections(), into);
		}
		return into;
	}

	/** Copies POI's document.xml, replacing the placeholder paragraph with the document's content. */
	private static void body(Document d, byte[] original, OutputStream out, Map<FigureBlock, String> pictures)
			throws IOException {
		String xml = new String(original, StandardCharsets.UTF_8);
		int token = xml.indexOf(BODY_PLACEHOLDER);
		int start = Math.max(xml.lastIndexOf("<w:p>", token), xml.lastIndexOf("<w:p ", token));
		int end = xml.indexOf("</w:p>", token) + "</w:p>".length();
		if (token < 0 || start < 0 || end < token) {
			throw new IOException("Unexpected document.xml from POI: no body placeholder paragraph");
		}
		Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		w.write(xml, 0, start);
		WordprocessingBody body = new WordprocessingBody(w, pictures);
		body.title("Title", d.title());
		if (!d.subtitle().isEmpty()) {
			body.title("Subtitle", d.subtitle());
		}
		body.fields(List.of(new Field("Classification", d.banner().classification()),
				new Field("Releasability", d.banner().releasability()), new Field("Date", d.dateText())));
		for (Section s : d.sections()) {
			body.section(s, 1);
		}
		w.write(xml, end, xml.length() - end);
		w.flush();
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

}
