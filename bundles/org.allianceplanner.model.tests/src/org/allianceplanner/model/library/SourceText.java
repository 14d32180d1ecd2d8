package org.allianceplanner.model.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent reading of the bundled Guidelines text for the completeness tests: the numbered
 * lines, the words of the body, the Annex items. Deliberately simpler than the library's parser.
 */
final class SourceText {

	/** A numbered line: its label without punctuation ("IV", "2", "(2)", "a", "iv") and what follows. */
	record Heading(int line, String number, String rest) {
	}

	private static final Pattern NUMBERED = Pattern.compile("^(?:- )?([IVX]+|\\d+|[a-z]{1,4})\\.\\s+(.+)$|^(\\(\\d+\\))\\s+(.+)$");

	private final List<String> lines;

	private SourceText(List<String> lines) {
		this.lines = lines;
	}

	static SourceText read() throws IOException {
		try (InputStream in = GuidelinesLibrary.class.getResourceAsStream(GuidelinesLibrary.TEXT_RESOURCE);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return new SourceText(reader.lines().toList());
		}
	}

	/** Lines from Section I up to the Annex marker, with 1-based numbers. */
	private List<Heading> bodyLines() {
		List<Heading> body = new ArrayList<>();
		boolean started = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.equals("(Annex)")) {
				break;
			}
			if (line.startsWith("I. ")) {
				started = true;
			}
			if (started && !line.isEmpty()) {
				body.add(new Heading(i + 1, null, line));
			}
		}
		return body;
	}

	List<Heading> headings() {
		List<Heading> headings = new ArrayList<>();
		for (Heading line : bodyLines()) {
			Matcher m = NUMBERED.matcher(line.rest());
			if (m.matches()) {
				headings.add(m.group(1) != null ? new Heading(line.line(), m.group(1), m.group(2))
						: new Heading(line.line(), m.group(3), m.group(4)));
			}
		}
		return headings;
	}

	List<String> bodyWords() {
		List<String> words = new ArrayList<>();
		for (Heading line : bodyLines()) {
			Matcher m = NUMBERED.matcher(line.rest());
			addWords(words, m.matches() ? (m.group(2) != null ? m.group(2) : m.group(4)) : line.rest());
		}
		return words;
	}

	/** Example items of the Annex table: the " - "-separated entries of every list cell. */
	List<String> annexItems() {
		List<String> items = new ArrayList<>();
		boolean annex = false;
		for (String line : lines) {
			annex |= line.strip().equals("(Annex)");
			int list = line.indexOf("<ul");
			if (!annex || list < 0) {
				continue;
			}
			String cell = line.substring(line.indexOf('>', list) + 1).strip();
			for (String item : (" " + cell).split(" - ")) {
				if (!item.isBlank()) {
					items.add(item.strip());
				}
			}
		}
		return items;
	}

	static void addWords(List<String> words, String text) {
		if (text != null) {
			for (String word : text.strip().split("\\s+")) {
				if (!word.isEmpty()) {
					words.add(word);
				}
			}
		}
	}
}
