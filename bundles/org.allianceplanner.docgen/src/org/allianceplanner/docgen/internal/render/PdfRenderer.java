package org.allianceplanner.docgen.internal.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.allianceplanner.docgen.Figure;
import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.docgen.content.FigureBlock;
import org.allianceplanner.docgen.content.Block;
import org.allianceplanner.docgen.content.Checklist;
import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.Field;
import org.allianceplanner.docgen.content.Fields;
import org.allianceplanner.docgen.content.ItemList;
import org.allianceplanner.docgen.content.Link;
import org.allianceplanner.docgen.content.Links;
import org.allianceplanner.docgen.content.Section;
import org.allianceplanner.docgen.content.Table;

/**
 * PDF with OpenPDF: the banner at the top and bottom of every page, bookmarks for the sections, tables with
 * repeated header rows. Latin-1 text is in the standard Helvetica font (not embedded); other text falls back to
 * embedded subsets of Liberation Sans and of Noto Sans JP (see {@link PdfFonts}). What no font can show is
 * logged as a warning, never dropped silently.
 */
public final class PdfRenderer implements Renderer {

	private static final System.Logger LOG = System.getLogger(PdfRenderer.class.getName());

	private final FontSource japanese;

	/** With the bundled Noto Sans JP. */
	public PdfRenderer() {
		this(FontSource.BUNDLED);
	}

	/** With the Japanese font from {@code japanese}; a source that throws shows what a broken build gives. */
	public PdfRenderer(FontSource japanese) {
		this.japanese = japanese;
	}

	/** Rows added to a table before it is flushed to the page, to bound memory on very large tables. */
	private static final int TABLE_CHUNK = 200;

	/**
	 * Bookmarks go down to section groups (e.g. "Operation: Air defense"), not to every task: ten thousand
	 * bookmarks are no help to a reader and cost seconds to lay out.
	 */
	private static final int MAX_BOOKMARK_LEVEL = 2;

	private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
	private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
	private static final Font BODY_BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
	private static final Font CELL = new Font(Font.HELVETICA, 8, Font.NORMAL);
	private static final Font CELL_BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
	private static final Font BANNER = new Font(Font.HELVETICA, 9, Font.BOLD);
	private static final float[] HEADING_SIZES = { 16, 14, 12, 11, 10, 10 };

	@Override
	public OutputFormat format() {
		return OutputFormat.PDF;
	}

	@Override
	public void render(Document d, OutputStream out) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
		Rectangle page = "plan".equals(d.kind()) ? PageSize.A4 : PageSize.A4.rotate();
		com.lowagie.text.Document pdf = new com.lowagie.text.Document(page, 50, 50, 60, 60);
		PdfFonts fonts = new PdfFonts(japanese);
		try {
			PdfWriter writer = PdfWriter.getInstance(pdf, buffer);
			Outlines outlines = new Outlines();
			writer.setPageEvent(new PageDecorations(d.banner().line(), outlines, fonts));
			writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
			// Fastest deflate: large plans run to thousands of pages, and level 9 costs more than it saves.
			writer.setCompressionLevel(1);
			pdf.addTitle(d.title());
			pdf.addSubject(d.banner().line());
			pdf.addCreator("Alliance Planner");
			pdf.open();
			PdfDate date = pdfDate(d);
			writer.getInfo().put(PdfName.CREATIONDATE, date);
			writer.getInfo().put(PdfName.MODDATE, date);
			titleBlock(pdf, d, fonts);
			for (Section s : d.sections()) {
				section(pdf, writer, s, 1, outlines, fonts);
			}
			pdf.close();
		} catch (DocumentException e) {
			throw new IOException("PDF for '" + d.title() + "' could not be written: " + e.getMessage(), e);
		} finally {
			fonts.release();
		}
		String lost = fonts.warning(d.title());
		if (lost != null) {
			LOG.log(System.Logger.Level.WARNING, lost);
		}
		out.write(reproducible(buffer.toByteArray()));
	}

	private static PdfDate pdfDate(Document d) {
		GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		cal.setTimeInMillis(d.date().toEpochMilli());
		return new PdfDate(cal);
	}

	private void titleBlock(com.lowagie.text.Document pdf, Document d, PdfFonts fonts) throws DocumentException {
		Paragraph title = new Paragraph(fonts.phrase(d.title(), TITLE));
		title.setSpacingAfter(4);
		pdf.add(title);
		if (!d.subtitle().isEmpty()) {
			pdf.add(new Paragraph(fonts.phrase(d.subtitle(), new Font(Font.HELVETICA, 11, Font.ITALIC))));
		}
		pdf.add(fields(List.of(new Field("Classification", d.banner().classification()),
				new Field("Releasability", d.banner().releasability()), new Field("Date", d.dateText())), fonts));
	}

	private void section(com.lowagie.text.Document pdf, PdfWriter writer, Section s, int level, Outlines outlines, PdfFonts fonts)
			throws DocumentException {
		Font font = new Font(Font.HELVETICA, HEADING_SIZES[Math.min(level, 6) - 1], Font.BOLD);
		List<Chunk> heading = fonts.chunks(s.heading(), font);
		if (level <= MAX_BOOKMARK_LEVEL) {
			String tag = outlines.register(s.heading(), level);
			heading.forEach(c -> c.setGenericTag(tag));
		}
		Paragraph p = new Paragraph(fonts.phrase(heading, font));
		p.setSpacingBefore(level == 1 ? 12 : 8);
		p.setSpacingAfter(4);
		pdf.add(p);
		for (Block b : s.blocks()) {
			block(pdf, writer, b, fonts);
		}
		for (Section child : s.sections()) {
			section(pdf, writer, child, level + 1, outlines, fonts);
		}
	}

	private void block(com.lowagie.text.Document pdf, PdfWriter writer, Block b, PdfFonts fonts) throws DocumentException {
		if (b instanceof org.allianceplanner.docgen.content.Paragraph p) {
			Paragraph para = new Paragraph(fonts.phrase(p.text(), BODY));
			para.setSpacingAfter(4);
			pdf.add(para);
		} else if (b instanceof ItemList l) {
			com.lowagie.text.List list = new com.lowagie.text.List(false, 10);
			list.setListSymbol(new Chunk("\u2022 ", BODY));
			for (String item : l.items()) {
				list.add(new com.lowagie.text.ListItem(fonts.phrase(item, BODY)));
			}
			pdf.add(list);
		} else if (b instanceof Fields f) {
			pdf.add(fields(f.fields(), fonts));
		} else if (b instanceof Table t) {
			table(pdf, t.caption(), t.header(), t.rows(), fonts);
		} else if (b instanceof Checklist c) {
			Table t = c.asTable("Checklist");
			// The Done column becomes an empty box to tick on paper.
			table(pdf, "", t.header(), t.rows(), fonts);
		} else if (b instanceof FigureBlock f) {
			figure(pdf, writer, f, fonts);
		} else if (b instanceof Links l) {
			for (Link link : l.links()) {
				Paragraph para = new Paragraph();
				for (Chunk chunk : fonts.chunks(link.text(), BODY_BOLD)) {
					chunk.setAnchor(link.href());
					para.add(chunk);
				}
				if (!link.note().isEmpty()) {
					fonts.chunks(" " + link.note(), BODY).forEach(para::add);
				}
				pdf.add(para);
			}
		}
	}

	/**
	 * A figure as vectors: painted into a PDF template through {@code PdfGraphics2D} (labels stay text), placed
	 * as an image that is scaled down to the page's width and height, never up, with its caption below.
	 */
	private static void figure(com.lowagie.text.Document pdf, PdfWriter writer, FigureBlock block, PdfFonts fonts)
			throws DocumentException {
		Figure figure = block.figure();
		float w = (float) Math.max(1, figure.width());
		float h = (float) Math.max(1, figure.height());
		PdfTemplate template = writer.getDirectContent().createTemplate(w, h);
		java.awt.Graphics2D g = template.createGraphics(w, h, fonts.figureFonts());
		try {
			figure.paint(g);
		} finally {
			g.dispose();
		}
		Image image = Image.getInstance(template);
		float maxWidth = pdf.getPageSize().getWidth() - pdf.leftMargin() - pdf.rightMargin();
		float maxHeight = (pdf.getPageSize().getHeight() - pdf.topMargin() - pdf.bottomMargin()) * 0.85f;
		if (w > maxWidth || h > maxHeight) {
			image.scaleToFit(maxWidth, maxHeight);
		}
		image.setAlignment(Image.MIDDLE);
		pdf.add(image);
		Paragraph caption = new Paragraph(fonts.phrase(figure.title(), BODY_BOLD));
		caption.setAlignment(Element.ALIGN_CENTER);
		caption.setSpacingAfter(8);
		pdf.add(caption);
	}

	/** Labelled values as "Label: value" lines; cheaper to lay out than a table, and as readable. */
	private static Paragraph fields(List<Field> fields, PdfFonts fonts) {
		Paragraph p = new Paragraph();
		p.setSpacingAfter(4);
		for (int i = 0; i < fields.size(); i++) {
			Field f = fields.get(i);
			if (i > 0) {
				p.add(Chunk.NEWLINE);
			}
			fonts.chunks(f.label() + ": ", BODY_BOLD).forEach(p::add);
			fonts.chunks(f.value(), BODY).forEach(p::add);
		}
		return p;
	}

	private void table(com.lowagie.text.Document pdf, String caption, List<String> header, List<List<String>> rows,
			PdfFonts fonts) throws DocumentException {
		if (!caption.isEmpty()) {
			Paragraph c = new Paragraph(fonts.phrase(caption, BODY_BOLD));
			c.setSpacingBefore(4);
			pdf.add(c);
		}
		PdfPTable t = new PdfPTable(header.size());
		t.setWidthPercentage(100);
		t.setHeaderRows(1);
		t.setSpacingBefore(2);
		t.setSpacingAfter(8);
		boolean large = rows.size() > TABLE_CHUNK;
		if (large) {
			t.setComplete(false);
		}
		for (String h : header) {
			PdfPCell cell = new PdfPCell(fonts.phrase(h, CELL_BOLD));
			cell.setGrayFill(0.9f);
			t.addCell(cell);
		}
		int n = 0;
		for (List<String> row : rows) {
			for (String value : row) {
				t.addCell(new PdfPCell(fonts.phrase(value, CELL)));
			}
			if (large && ++n % TABLE_CHUNK == 0) {
				pdf.add(t);
			}
		}
		if (large) {
			t.setComplete(true);
		}
		pdf.add(t);
	}

	/**
	 * Makes the PDF bytes depend on the content only. OpenPDF takes two things from a random source: the file
	 * identifier (from the clock) and the six-letter tag of each embedded font subset (Liberation Sans and
	 * Noto Sans JP, for characters outside Latin-1). Both have a fixed length, so replacing them in place keeps
	 * every cross-reference offset valid.
	 */
	static byte[] reproducible(byte[] pdf) {
		byte[] copy = pdf.clone();
		String text = new String(copy, StandardCharsets.ISO_8859_1);
		Matcher m = SUBSET_TAG.matcher(text);
		Map<String, String> tags = new LinkedHashMap<>();
		while (m.find()) {
			tags.computeIfAbsent(m.group(2), t -> subsetTag(tags.size()));
		}
		for (Map.Entry<String, String> tag : tags.entrySet()) {
			byte[] from = ("/" + tag.getKey() + "+").getBytes(StandardCharsets.US_ASCII);
			byte[] to = ("/" + tag.getValue() + "+").getBytes(StandardCharsets.US_ASCII);
			for (int at = text.indexOf(tag.getKey() + "+"); at >= 0; at = text.indexOf(tag.getKey() + "+", at + 1)) {
				if (at > 0 && copy[at - 1] == '/') {
					System.arraycopy(to, 1, copy, at, to.length - 1);
				}
			}
			assert from.length == to.length;
		}
		return withStableId(copy);
	}

	private static final Pattern SUBSET_TAG = Pattern.compile("/(FontName|BaseFont)\\s*/([A-Z]{6})\\+");

	private static String subsetTag(int n) {
		char[] tag = "AAAAAA".toCharArray();
		for (int i = 5; i >= 0 && n > 0; i--, n /= 26) {
			tag[i] = (char) ('A' + n % 26);
		}
		return new String(tag);
	}

	/** Replaces the file identifier with a digest of the file (identifier zeroed). */
	private static byte[] withStableId(byte[] pdf) {
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		int at = text.lastIndexOf("/ID [<");
		if (at < 0) {
			return pdf;
		}
		int first = at + "/ID [<".length();
		int firstEnd = text.indexOf('>', first);
		int second = text.indexOf('<', firstEnd) + 1;
		int secondEnd = text.indexOf('>', second);
		if (firstEnd < 0 || second <= 0 || secondEnd < 0 || firstEnd - first != secondEnd - second) {
			return pdf;
		}
		byte[] copy = pdf.clone();
		for (int i = first; i < firstEnd; i++) {
			copy[i] = '0';
		}
		for (int i = second; i < secondEnd; i++) {
			copy[i] = '0';
		}
		String id;
		try {
			id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(copy));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", e);
		}
		byte[] idBytes = id.substring(0, Math.min(firstEnd - first, id.length())).getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(idBytes, 0, copy, first, idBytes.length);
		System.arraycopy(idBytes, 0, copy, second, idBytes.length);
		return copy;
	}

	/** Bookmarks, created when OpenPDF lays out each heading, nested by heading level. */
	private static final class Outlines {
		private final Map<String, String> titles = new HashMap<>();
		private final Map<String, Integer> levels = new HashMap<>();
		private final Deque<PdfOutline> stack = new ArrayDeque<>();
		private final Deque<Integer> stackLevels = new ArrayDeque<>();
		private int next;

		String register(String title, int level) {
			String tag = "h" + next++;
			titles.put(tag, title);
			levels.put(tag, level);
			return tag;
		}

		void place(PdfWriter writer, String tag, float top) {
			String title = titles.remove(tag);
			Integer level = levels.remove(tag);
			if (title == null) {
				return; // a heading split over two lines is reported once per line
			}
			while (!stackLevels.isEmpty() && stackLevels.peek() >= level) {
				stack.pop();
				stackLevels.pop();
			}
			PdfOutline parent = stack.isEmpty() ? writer.getRootOutline() : stack.peek();
			PdfOutline outline = new PdfOutline(parent, new PdfDestination(PdfDestination.XYZ, 0, top + 14, 0), title);
			stack.push(outline);
			stackLevels.push(level);
		}
	}

	/** Banner at the top and bottom of each page, page numbers, and bookmark placement. */
	private static final class PageDecorations extends PdfPageEventHelper {
		private final String banner;
		private final Outlines outlines;
		private final PdfFonts fonts;

		PageDecorations(String banner, Outlines outlines, PdfFonts fonts) {
			this.banner = banner;
			this.outlines = outlines;
			this.fonts = fonts;
		}

		@Override
		public void onGenericTag(PdfWriter writer, com.lowagie.text.Document document, Rectangle rect, String text) {
			outlines.place(writer, text, rect.getTop());
		}

		@Override
		public void onEndPage(PdfWriter writer, com.lowagie.text.Document document) {
			PdfContentByte cb = writer.getDirectContent();
			Rectangle page = document.getPageSize();
			float x = (page.getLeft() + page.getRight()) / 2;
			ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, fonts.phrase(banner, BANNER), x, page.getTop() - 30, 0);
			ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, fonts.phrase(banner, BANNER), x, page.getBottom() + 22, 0);
			ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Page " + writer.getPageNumber(), CELL),
					page.getRight() - 50, page.getBottom() + 22, 0);
		}
	}

}
