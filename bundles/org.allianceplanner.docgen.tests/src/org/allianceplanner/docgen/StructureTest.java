package org.allianceplanner.docgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;

import org.allianceplanner.testing.MarkedPlans;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF, DOCX and XLSX read back through their libraries: headings, bookmarks, tables, sheets. */
class StructureTest {

	static final List<String> PLAN_SECTIONS = List.of("Premises", "Situations", "Readiness stages",
			"Common procedures", "Tasks", "Logistics", "Coordination mechanism", "Milestones and reporting",
			"Traceability to the Guidelines", "Validation findings", "Glossary of abbreviations");

	@TempDir
	Path out;

	@BeforeEach
	void generate() throws Exception {
		GeneratorFixture.generateAll(MarkedPlans.mixed(), out, Audience.JAPAN);
	}

	@Test
	void pdfHasABookmarkPerSectionAndTheTraceabilityClauseText() throws Exception {
		PdfReader reader = new PdfReader(Files.readAllBytes(out.resolve("defenseplanalpha/plan.pdf")));
		List<String> top = new ArrayList<>();
		List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
		for (Map<String, Object> b : bookmarks) {
			top.add((String) b.get("Title"));
		}
		assertEquals(PLAN_SECTIONS, top);
		Map<String, Object> tasks = bookmarks.get(PLAN_SECTIONS.indexOf("Tasks"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> groups = (List<Map<String, Object>>) tasks.get("Kids");
		assertTrue(groups.stream().anyMatch(g -> "Operation: Air defense".equals(g.get("Title"))), groups.toString());
		reader.close();
		String text = Extract.squeezed(Extract.pdf(out.resolve("defenseplanalpha/plan.pdf")));
		assertTrue(text.contains(Extract.squeezed("primary responsibility for conducting operations for air defense")),
				"clause text of IV.2(2)a in the traceability table");
	}

	@Test
	void docxUsesHeadingStylesAndTables() throws Exception {
		try (InputStream in = Files.newInputStream(out.resolve("defenseplanalpha/plan.docx"));
				XWPFDocument doc = new XWPFDocument(in)) {
			List<String> h1 = new ArrayList<>();
			Map<String, Integer> styles = new HashMap<>();
			for (XWPFParagraph p : doc.getParagraphs()) {
				if (p.getStyle() != null) {
					styles.merge(p.getStyle(), 1, Integer::sum);
				}
				if ("Heading1".equals(p.getStyle())) {
					h1.add(p.getText());
				}
			}
			assertEquals(PLAN_SECTIONS, h1);
			assertEquals(1, styles.get("Title"));
			assertTrue(styles.getOrDefault("Heading3", 0) >= 3, "tasks are third-level headings: " + styles);
			assertTrue(doc.getStyles().styleExist("Heading1"), "heading styles are defined, not just named");
			XWPFTable roles = doc.getTables().stream().filter(t -> "Party".equals(t.getRow(0).getCell(0).getText()))
					.findFirst().orElseThrow();
			assertEquals(List.of("Party", "Role", "Contributions", "Coordinates with"),
					roles.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
			assertTrue(roles.getRow(0).isRepeatHeader());
			assertTrue(doc.getHeaderList().get(0).getText().contains("SECRET//REL TO JPN"), "banner in the page header");
		}
	}

	@Test
	void xlsxHasOneSheetPerChecklistWithBannerAndHeader() throws Exception {
		try (InputStream in = Files.newInputStream(out.resolve("defenseplanalpha/checklist.xlsx"));
				XSSFWorkbook wb = new XSSFWorkbook(in)) {
			assertTrue(wb.getNumberOfSheets() >= 3, "a sheet per stage and party");
			var sheet = wb.getSheetAt(0);
			assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().endsWith("//REL TO JPN"));
			assertEquals("Action", sheet.getRow(2).getCell(1).getStringCellValue());
			assertEquals("1", sheet.getRow(3).getCell(0).getStringCellValue());
			assertTrue(sheet.getHeader().getCenter().contains("REL TO JPN"), "banner in the print header");
		}
	}

	@Test
	void checklistFormatsAgree() throws Exception {
		String csv = Files.readString(out.resolve("defenseplanalpha/checklist.csv"));
		String json = Files.readString(out.resolve("defenseplanalpha/checklist.json"));
		String md = Files.readString(out.resolve("defenseplanalpha/checklist.md"));
		String html = Files.readString(out.resolve("defenseplanalpha/checklist.html"));
		long csvRows = csv.lines().count() - 2; // banner and header
		long jsonItems = json.lines().filter(l -> l.contains("\"number\":")).count();
		long mdItems = md.lines().filter(l -> l.startsWith("- [ ] ")).count();
		long htmlItems = html.lines().filter(l -> l.contains("type=\"checkbox\"")).count();
		assertTrue(csvRows > 0);
		assertEquals(csvRows, jsonItems);
		assertEquals(csvRows, mdItems);
		assertEquals(csvRows, htmlItems);
	}
}
