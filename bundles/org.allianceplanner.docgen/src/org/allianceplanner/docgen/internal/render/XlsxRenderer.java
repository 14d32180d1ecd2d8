package org.allianceplanner.docgen.internal.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.TabularView;

/**
 * XLSX with Apache POI: one sheet per table of the document, the banner in the first row and in the print
 * header and footer, a frozen and filterable header row. Every cell is a string cell, never a formula;
 * text that a spreadsheet would read as a formula when edited gets Excel's quote prefix, so it stays text.
 */
public final class XlsxRenderer implements Renderer {

	private static final int MAX_COLUMN_CHARS = 60;
	private static final int ROW_WINDOW = 200;
	/** Excel's limit for the text of one cell. */
	private static final int MAX_CELL_CHARS = 32_767;

	private final PoiTemporaryFolder temporaryFolder;

	/** @param temporaryFolder the run's folder for the streaming workbook's temporary files */
	public XlsxRenderer(PoiTemporaryFolder temporaryFolder) {
		this.temporaryFolder = temporaryFolder;
	}

	@Override
	public OutputFormat format() {
		return OutputFormat.XLSX;
	}

	@Override
	public void render(Document d, OutputStream out) throws IOException {
		PoiLogging.ensureConfigured();
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
		temporaryFolder.run(() -> build(d, buffer));
		ReproducibleZip.copy(buffer.toByteArray(), d.date(), out);
	}

	private static void build(Document d, ByteArrayOutputStream buffer) throws IOException {
		// Streaming workbook: rows beyond the window go to a temporary file, so large checklists need little heap.
		try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), ROW_WINDOW)) {
			Font bold = wb.createFont();
			bold.setBold(true);
			CellStyle headerStyle = wb.createCellStyle();
			headerStyle.setFont(bold);
			CellStyle quoted = wb.createCellStyle();
			quoted.setQuotePrefixed(true);
			CellStyle quotedHeader = wb.createCellStyle();
			quotedHeader.setFont(bold);
			quotedHeader.setQuotePrefixed(true);
			Set<String> names = new HashSet<>();
			List<TabularView.Entry> entries = TabularView.of(d);
			if (entries.isEmpty()) {
				Sheet sheet = wb.createSheet(d.kind());
				bannerRow(sheet, d, headerStyle, 1);
			}
			for (TabularView.Entry e : entries) {
				Sheet sheet = wb.createSheet(sheetName(e, names));
				List<String> header = e.table().header();
				bannerRow(sheet, d, headerStyle, header.size());
				Row location = sheet.createRow(1);
				String where = String.join(" / ", e.path());
				location.createCell(0).setCellValue(where);
				if (Escapes.looksLikeFormula(where)) {
					location.getCell(0).setCellStyle(quoted);
				}
				Row head = sheet.createRow(2);
				int[] widths = new int[header.size()];
				for (int i = 0; i < header.size(); i++) {
					head.createCell(i).setCellValue(header.get(i));
					head.getCell(i).setCellStyle(Escapes.looksLikeFormula(header.get(i)) ? quotedHeader : headerStyle);
					widths[i] = header.get(i).length();
				}
				int r = 3;
				for (List<String> row : e.table().rows()) {
					Row xr = sheet.createRow(r++);
					for (int i = 0; i < row.size(); i++) {
						String value = row.get(i).length() > MAX_CELL_CHARS
								? row.get(i).substring(0, MAX_CELL_CHARS - 1) + "\u2026"
								: row.get(i);
						var cell = xr.createCell(i);
						cell.setCellValue(value);
						if (Escapes.looksLikeFormula(value)) {
							cell.setCellStyle(quoted);
						}
						widths[i] = Math.max(widths[i], value.length());
					}
				}
				for (int i = 0; i < widths.length; i++) {
					// Width from text length (autoSizeColumn needs AWT fonts and is slow on large sheets).
					sheet.setColumnWidth(i, 256 * (Math.min(widths[i], MAX_COLUMN_CHARS) + 2));
				}
				sheet.createFreezePane(0, 3);
				if (!e.table().rows().isEmpty()) {
					sheet.setAutoFilter(new CellRangeAddress(2, r - 1, 0, header.size() - 1));
				}
				sheet.getHeader().setCenter(d.banner().line());
				sheet.getFooter().setCenter(d.banner().line());
			}
			POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
			core.setTitle(d.title());
			core.setCreator("Alliance Planner");
			core.setCategory(d.banner().line());
			core.setContentStatus(d.banner().classification());
			Date date = Date.from(d.date());
			core.setCreated(Optional.of(date));
			core.setModified(Optional.of(date));
			wb.write(buffer);
		}
	}

	private static void bannerRow(Sheet sheet, Document d, CellStyle style, int columns) {
		Row row = sheet.createRow(0);
		row.createCell(0).setCellValue(d.banner().line());
		row.getCell(0).setCellStyle(style);
		if (columns > 1) {
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
		}
	}

	/** Sheet names: at most 31 characters, no []:*?/\ and unique in the workbook. */
	private static String sheetName(TabularView.Entry e, Set<String> used) {
		String base = e.path().isEmpty() ? e.table().caption() : e.path().get(e.path().size() - 1);
		if (e.path().size() > 1) {
			base = e.path().get(e.path().size() - 2) + " - " + base;
		}
		base = WorkbookUtil.createSafeSheetName(base.isBlank() ? "Table" : base);
		String name = base;
		for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
		}
		return name;
	}
}
