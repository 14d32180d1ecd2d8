package org.allianceplanner.docgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.PlanModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Japanese names, titles and legal bases reach the PDF as text a reader sees (issue 11: they used to vanish),
 * in an embedded font subset, and the PDF stays byte-identical between runs.
 */
class JapanesePdfTest {

	static final String PLAN_TITLE = "二国間防衛計画アルファ";
	static final String TASK_TITLE = "防空作戦（航空攻撃への対処）";
	static final String LEGAL_BASIS = "自衛隊法";
	static final String REFERENCE = "第八十八条";
	static final String PARTY_TITLE = "航空自衛隊";
	/** Japanese and Latin in one string: each must keep its place. */
	static final String MIXED = "Bilateral coordination center 横田";

	private static final Pattern NOTO_SUBSET = Pattern.compile("[A-Z]{6}\\+NotoSansJP-(Regular|Bold)");

	@TempDir
	Path tmp;

	@Test
	void japaneseTitlesCellsAndLegalBasesAreInThePageText() throws Exception {
		generate(tmp);
		String plan = pageText(tmp.resolve("defenseplanalpha/plan.pdf"));
		for (String s : List.of(PLAN_TITLE, TASK_TITLE, LEGAL_BASIS, REFERENCE, PARTY_TITLE)) {
			assertTrue(plan.contains(s), "'" + s + "' in the page text of plan.pdf:\n" + plan);
		}
		// Latin text around Japanese stays as it was
		assertTrue(plan.contains("Air defense") || plan.contains("Classification"), plan);
		for (Path pdf : pdfs(tmp)) {
			String text = pageText(pdf);
			assertTrue(text.contains(PLAN_TITLE) || text.contains(TASK_TITLE) || text.contains(PARTY_TITLE),
					"Japanese in the page text of " + tmp.relativize(pdf) + ":\n" + text);
		}
	}

	@Test
	void theJapaneseFontIsEmbeddedAsASubset() throws Exception {
		generate(tmp);
		PdfReader reader = new PdfReader(Files.readAllBytes(tmp.resolve("defenseplanalpha/plan.pdf")));
		try {
			List<String> subsets = new ArrayList<>();
			boolean embedded = false;
			for (int i = 1; i < reader.getXrefSize(); i++) {
				PdfObject o = PdfReader.getPdfObjectRelease(reader.getPdfObject(i));
				if (o instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))
						&& NOTO_SUBSET.matcher(String.valueOf(d.get(PdfName.FONTNAME))).find()) {
					subsets.add(d.get(PdfName.FONTNAME).toString());
					embedded |= d.get(PdfName.FONTFILE2) != null;
				}
			}
			assertFalse(subsets.isEmpty(), "a Noto Sans JP subset font descriptor");
			assertTrue(embedded, "the subset's TrueType program is embedded: " + subsets);
			// Bold for headings and the title, regular for body text
			assertTrue(subsets.stream().anyMatch(s -> s.endsWith("-Bold")), subsets.toString());
			assertTrue(subsets.stream().anyMatch(s -> s.endsWith("-Regular")), subsets.toString());
		} finally {
			reader.close();
		}
		// A subset, not the whole font (5.4 MB a weight)
		assertTrue(Files.size(tmp.resolve("defenseplanalpha/plan.pdf")) < 1_000_000);
	}

	@Test
	void twoRunsGiveIdenticalBytes() throws Exception {
		Path a = tmp.resolve("a");
		Path b = tmp.resolve("b");
		generate(a);
		generate(b);
		for (Path pdf : pdfs(a)) {
			assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(b.resolve(a.relativize(pdf))),
					a.relativize(pdf) + " differs between runs");
		}
	}

	/** The mixed plan with Japanese titles, a Japanese legal basis and a Japanese party. */
	static PlanModel japanesePlan() {
		PlanModel m = TestPlans.mixed();
		BilateralDefensePlan plan = (BilateralDefensePlan) m.getPlans().get(0);
		plan.setTitle(PLAN_TITLE);
		plan.getTasks().stream().filter(t -> "airDefense".equals(t.getName())).findFirst().orElseThrow()
				.setTitle(TASK_TITLE);
		m.getLegalBases().get(0).setTitle(LEGAL_BASIS);
		m.getLegalBases().get(0).setReference(REFERENCE);
		m.getParties().stream().filter(p -> "jasdf".equals(p.getName())).findFirst().orElseThrow()
				.setTitle(PARTY_TITLE);
		m.getMechanisms().get(0).setTitle(MIXED);
		return m;
	}

	private static void generate(Path out) throws IOException {
		GeneratorFixture.generate(japanesePlan(), out, Audience.JAPAN, EnumSet.of(OutputFormat.PDF));
	}

	private static List<Path> pdfs(Path dir) throws IOException {
		List<Path> pdfs = Extract.files(dir).stream().filter(p -> p.toString().endsWith(".pdf")).toList();
		assertFalse(pdfs.isEmpty(), "PDFs in " + dir);
		return pdfs;
	}

	/** The text drawn on the pages (not the document information, which always kept Japanese). */
	static String pageText(Path pdf) throws IOException {
		PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
		try {
			StringBuilder sb = new StringBuilder();
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				sb.append(extractor.getTextFromPage(page)).append('\n');
			}
			return sb.toString();
		} finally {
			reader.close();
		}
	}
}
