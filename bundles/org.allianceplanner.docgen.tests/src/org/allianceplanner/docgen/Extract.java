package org.allianceplanner.docgen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The text of a generated file, read back through the same libraries that wrote it. */
final class Extract {

	private Extract() {
	}

	static String text(Path file) throws IOException {
		String name = file.getFileName().toString();
		if (name.endsWith(".pdf")) {
			return pdf(file);
		}
		if (name.endsWith(".docx")) {
			return docx(file);
		}
		if (name.endsWith(".xlsx")) {
			return xlsx(file);
		}
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	static String pdf(Path file) throws IOException {
		PdfReader reader = new PdfReader(Files.readAllBytes(file));
		try {
			StringBuilder sb = new StringBuilder();
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				sb.append(extractor.getTextFromPage(page)).append('\n');
			}
			// Document information (title, subject) is text a reader can see too.
			reader.getInfo().forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
			return sb.toString();
		} finally {
			reader.close();
		}
	}

	static String docx(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			// getText includes headers, footers and tables; core properties are visible in Word too.
			var core = doc.getProperties().getCoreProperties();
			return extractor.getText() + "\n" + core.getTitle() + "\n" + core.getCategory();
		}
	}

	static String xlsx(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			StringBuilder sb = new StringBuilder();
			for (Sheet sheet : wb) {
				sb.append(sheet.getSheetName()).append('\n');
				sb.append(sheet.getHeader().getCenter()).append('\n');
				for (Row row : sheet) {
					for (Cell cell : row) {
						sb.append(cell.getStringCellValue()).append('\t');
					}
					sb.append('\n');
				}
			}
			sb.append(wb.getProperties().getCoreProperties().getTitle());
			return sb.toString();
		}
	}

	/** Text with all white space removed, so that words wrapped across lines in PDF still match. */
	static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

	static List<Path> files(Path dir) throws IOException {
		try (Stream<Path> s = Files.walk(dir)) {
			List<Path> files = new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
			return files;
		}
	}
}
