package org.allianceplanner.docgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.allianceplanner.docgen.internal.render.Escapes;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.Task;

/** Plan text that looks like markup or formulas stays text in every format. */
class EscapingTest {

	static final String SCRIPT = "<script>alert('x')</script> & \"q\"";
	static final String MARKDOWN = "# Heading | *bold* [link](http://evil.example) `code`";
	static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
	static final String DDE = "@SUM(1+1)*cmd|' /C calc'!A0";

	@TempDir
	Path out;

	private PlanModel hostilePlan() {
		PlanModel m = TestPlans.mixed();
		Task air = m.getPlans().get(0).getTasks().get(0);
		air.setTitle(FORMULA);
		air.setDescription(SCRIPT + "\n" + MARKDOWN);
		m.getPlans().get(0).getTasks().get(1).setTitle(DDE);
		m.getParties().get(0).setTitle(MARKDOWN);
		return m;
	}

	@Test
	void htmlEscapesMarkup() throws Exception {
		GeneratorFixture.generateAll(hostilePlan(), out, Audience.BOTH);
		String html = Files.readString(out.resolve("defenseplanalpha/plan.html"));
		assertFalse(html.contains("<script>"), "script element must be escaped");
		assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"), html);
	}

	@Test
	void markdownEscapesMarkupAndTablePipes() throws Exception {
		GeneratorFixture.generateAll(hostilePlan(), out, Audience.BOTH);
		String md = Files.readString(out.resolve("defenseplanalpha/plan.md"));
		assertFalse(md.contains("[link](http://evil.example)"), "a link must not survive");
		assertFalse(md.contains("<script>"));
		assertTrue(md.contains("\\# Heading \\| \\*bold\\* \\[link\\](http://evil.example) \\`code\\`"), md);
		// Every row of a table has as many unescaped pipes as its header: no cell text split a row.
		int expected = -1;
		for (String line : md.split("\n")) {
			if (!line.startsWith("|")) {
				expected = -1;
				continue;
			}
			int pipes = unescapedPipes(line);
			if (expected < 0) {
				expected = pipes;
			}
			assertEquals(expected, pipes, "row with a different column count: " + line);
		}
	}

	private static int unescapedPipes(String line) {
		int n = 0;
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) == '\\') {
				i++;
			} else if (line.charAt(i) == '|') {
				n++;
			}
		}
		return n;
	}

	@Test
	void csvNeutralizesFormulas() throws Exception {
		GeneratorFixture.generateAll(hostilePlan(), out, Audience.BOTH);
		String csv = Files.readString(out.resolve("defenseplanalpha/responsibility-matrix.csv"), StandardCharsets.UTF_8);
		assertTrue(csv.contains("'(C//REL TO USA, JPN) =HYPERLINK") || csv.contains("\"(C//REL TO USA, JPN) =HYPERLINK"),
				"portion-marked cell starts with text, not a formula: " + csv);
		assertEquals("'=1+1", Escapes.csv("=1+1"));
		assertEquals("'+1", Escapes.csv("+1"));
		assertEquals("'-1", Escapes.csv("-1"));
		assertEquals("\"'@SUM(1,2)\"", Escapes.csv("@SUM(1,2)"));
		assertEquals("\"a \"\"b\"\"\"", Escapes.csv("a \"b\""));
		assertEquals("\"line\nbreak\"", Escapes.csv("line\nbreak"));
		assertEquals("plain", Escapes.csv("plain"));
	}

	@Test
	void xlsxCellsAreTextAndFormulaLikeTextIsQuotePrefixed() throws Exception {
		PlanModel m = hostilePlan();
		// A party whose whole title looks like a formula, so that a header cell starts with "=".
		m.getParties().get(3).setTitle(FORMULA); // U.S. Forces (air), in every edition
		GeneratorFixture.generateAll(m, out, Audience.BOTH);
		boolean sawFormulaLike = false;
		try (InputStream in = Files.newInputStream(out.resolve("defenseplanalpha/responsibility-matrix.xlsx"));
				XSSFWorkbook wb = new XSSFWorkbook(in)) {
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertEquals(CellType.STRING, cell.getCellType(), "no formula cells");
						if (cell.getStringCellValue().startsWith("=")) {
							sawFormulaLike = true;
							assertTrue(cell.getCellStyle().getQuotePrefixed(), "formula-like text is quote-prefixed");
						}
					}
				}
			}
		}
		assertTrue(sawFormulaLike, "the test plan has a formula-like header cell");
	}

	@Test
	void markdownEscapeRules() {
		assertEquals("\\# not a heading", Escapes.markdown("# not a heading"));
		assertEquals("1997\\. a year", Escapes.markdown("1997. a year"));
		assertEquals("\\- not a list", Escapes.markdown("- not a list"));
		assertEquals("a \\| b", Escapes.markdown("a | b"));
		assertEquals("two lines", Escapes.markdown("two\nlines"));
		assertEquals("\\<b\\> \\&amp;", Escapes.markdown("<b> &amp;"));
	}

	@Test
	void jsonEscapes() throws java.io.IOException {
		var d = new org.allianceplanner.docgen.content.Document("plan", "a\"b\\c\n</script>", "",
				new org.allianceplanner.docgen.content.Banner("U", "REL TO JPN, USA"), java.time.Instant.EPOCH,
				java.util.List.of());
		var out = new java.io.ByteArrayOutputStream();
		new org.allianceplanner.docgen.internal.render.JsonRenderer().render(d, out);
		String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(json.contains("\"title\": \"a\\\"b\\\\c\\n\\u003c/script\\u003e\""), json);
	}
}
