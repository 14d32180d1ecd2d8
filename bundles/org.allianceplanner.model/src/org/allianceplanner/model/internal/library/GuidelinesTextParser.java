package org.allianceplanner.model.internal.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceplanner.model.guidelines.Clause;
import org.allianceplanner.model.guidelines.ClauseLevel;
import org.allianceplanner.model.guidelines.GuidelinesDocument;
import org.allianceplanner.model.guidelines.GuidelinesFactory;

/**
 * Builds the {@link GuidelinesDocument} from the plain text of the Guidelines: sections, numbered
 * clauses with their identifiers in the document's own numbering, and the Annex table (delegated to
 * {@link AnnexTableParser}).
 * <p>
 * The text is a conversion of the printed document: a page break may split a paragraph in two
 * (a blank line in the middle of a sentence). A body paragraph that does not end a sentence is
 * therefore joined with the next one.
 */
public final class GuidelinesTextParser {

	static final String ANNEX_MARKER = "(Annex)";

	private static final Pattern SECTION = Pattern.compile("^(VII|VI|V|IV|III|II|I)\\.\\s+(.+)$");
	private static final Pattern ITEM = Pattern.compile("^(\\d+)\\.\\s+(.+)$");
	private static final Pattern SUB_ITEM = Pattern.compile("^\\((\\d+)\\)\\s+(.+)$");
	private static final Pattern PARAGRAPH = Pattern.compile("^(- )?([a-h])\\.\\s+(.+)$");
	private static final Pattern SUB_PARAGRAPH = Pattern.compile("^(- )?(i|ii|iii|iv|v|vi|vii|viii|ix|x)\\.\\s+(.+)$");
	private static final Pattern DATE = Pattern.compile("^\\((\\w+) (\\d{1,2}), (\\d{4})\\)$");

	private final GuidelinesFactory factory = GuidelinesFactory.eINSTANCE;

	/** One non-blank line of the source with its 1-based line number. */
	record Line(int number, String text) {
	}

	/**
	 * Parses the whole document.
	 *
	 * @throws GuidelinesFormatException naming the line when the text does not have the expected shape
	 */
	public GuidelinesDocument parse(Reader source) throws IOException {
		List<List<Line>> blocks = readBlocks(source);
		GuidelinesDocument document = factory.createGuidelinesDocument();
		int index = parseFrontMatter(blocks, document);
		List<List<Line>> annexBlocks = new ArrayList<>();
		index = parseBody(blocks, index, document, annexBlocks);
		if (annexBlocks.isEmpty()) {
			throw new GuidelinesFormatException(lastLine(blocks), "the Annex (marked " + ANNEX_MARKER + ") is missing");
		}
		new AnnexTableParser(factory).parse(annexBlocks, document);
		BodyCatalogue.addBodies(document, factory);
		return document;
	}

	/** Splits the text into blocks of consecutive non-blank lines. */
	static List<List<Line>> readBlocks(Reader source) throws IOException {
		List<List<Line>> blocks = new ArrayList<>();
		List<Line> current = new ArrayList<>();
		BufferedReader reader = new BufferedReader(source);
		String text;
		int number = 0;
		while ((text = reader.readLine()) != null) {
			number++;
			String stripped = text.strip();
			if (stripped.isEmpty()) {
				if (!current.isEmpty()) {
					blocks.add(current);
					current = new ArrayList<>();
				}
			} else {
				// Tabs are kept: the Annex is a tab-separated table.
				current.add(new Line(number, text.replaceFirst("\\s+$", "")));
			}
		}
		if (!current.isEmpty()) {
			blocks.add(current);
		}
		return blocks;
	}

	private int parseFrontMatter(List<List<Line>> blocks, GuidelinesDocument document) {
		int index = 0;
		for (; index < blocks.size(); index++) {
			if (SECTION.matcher(blocks.get(index).get(0).text().strip()).matches()) {
				break;
			}
			for (Line line : blocks.get(index)) {
				Matcher date = DATE.matcher(line.text().strip());
				if (date.matches()) {
					document.setDate(isoDate(date, line));
				} else if (document.getTitle() == null) {
					document.setTitle(line.text().strip());
				} else {
					throw new GuidelinesFormatException(line, "unexpected text before Section I");
				}
			}
		}
		if (document.getTitle() == null) {
			throw new GuidelinesFormatException(blocks.isEmpty() ? null : blocks.get(0).get(0), "the document title is missing");
		}
		return index;
	}

	private static String isoDate(Matcher date, Line line) {
		String[] months = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
				"October", "November", "December" };
		for (int m = 0; m < months.length; m++) {
			if (months[m].equals(date.group(1))) {
				return String.format("%s-%02d-%02d", date.group(3), m + 1, Integer.parseInt(date.group(2)));
			}
		}
		throw new GuidelinesFormatException(line, "unknown month '" + date.group(1) + "'");
	}

	private int parseBody(List<List<Line>> blocks, int start, GuidelinesDocument document, List<List<Line>> annexBlocks) {
		ClauseBuilder builder = new ClauseBuilder(document);
		for (int index = start; index < blocks.size(); index++) {
			List<Line> block = blocks.get(index);
			// Each line is a paragraph or a numbered line; a blank line may also fall inside a paragraph.
			for (int i = 0; i < block.size(); i++) {
				Line line = block.get(i);
				String text = line.text().strip();
				if (text.equals(ANNEX_MARKER)) {
					if (i + 1 < block.size()) {
						annexBlocks.add(block.subList(i + 1, block.size()));
					}
					annexBlocks.addAll(blocks.subList(index + 1, blocks.size()));
					builder.finish();
					return blocks.size();
				}
				if (!heading(builder, line, text)) {
					builder.addParagraph(line, text);
				}
			}
		}
		builder.finish();
		return blocks.size();
	}

	/** Recognises a numbered line; returns false for a plain body paragraph. */
	private boolean heading(ClauseBuilder builder, Line line, String text) {
		Matcher m = SECTION.matcher(text);
		if (m.matches()) {
			builder.open(line, ClauseLevel.SECTION, m.group(1), m.group(2), false);
			return true;
		}
		m = ITEM.matcher(text);
		if (m.matches()) {
			builder.open(line, ClauseLevel.ITEM, m.group(1), m.group(2), endsSentence(m.group(2)));
			return true;
		}
		m = SUB_ITEM.matcher(text);
		if (m.matches()) {
			builder.open(line, ClauseLevel.SUB_ITEM, "(" + m.group(1) + ")", m.group(2), endsSentence(m.group(2)));
			return true;
		}
		// Roman numerals before letters: 'i', 'v' and 'x' would otherwise read as letters.
		m = SUB_PARAGRAPH.matcher(text);
		if (m.matches() && builder.acceptsSubParagraph()) {
			builder.open(line, ClauseLevel.SUB_PARAGRAPH, m.group(2), m.group(3), m.group(1) != null || endsSentence(m.group(3)));
			return true;
		}
		m = PARAGRAPH.matcher(text);
		if (m.matches()) {
			builder.open(line, ClauseLevel.PARAGRAPH, m.group(2), m.group(3), m.group(1) != null || endsSentence(m.group(3)));
			return true;
		}
		return false;
	}

	/** Whether a paragraph ends a sentence (a heading does not; a paragraph split by a page break does not). */
	static boolean endsSentence(String text) {
		char last = text.charAt(text.length() - 1);
		return last == '.' || last == ':' || last == ';' || last == '?' || last == '!' || last == '"' || last == '\u201d';
	}

	private static Line lastLine(List<List<Line>> blocks) {
		if (blocks.isEmpty()) {
			return null;
		}
		List<Line> last = blocks.get(blocks.size() - 1);
		return last.get(last.size() - 1);
	}

	/** Keeps the stack of open clauses and the paragraphs read since the last heading. */
	private final class ClauseBuilder {
		private final GuidelinesDocument document;
		private final List<Clause> open = new ArrayList<>();
		private final List<StringBuilder> pending = new ArrayList<>();
		private boolean lastParagraphOpen;

		ClauseBuilder(GuidelinesDocument document) {
			this.document = document;
		}

		boolean acceptsSubParagraph() {
			Clause current = current();
			return current != null && (current.getLevel() == ClauseLevel.PARAGRAPH || current.getLevel() == ClauseLevel.SUB_PARAGRAPH);
		}

		void open(Line line, ClauseLevel level, String number, String content, boolean contentIsText) {
			flushText();
			while (!open.isEmpty() && current().getLevel().getValue() >= level.getValue()) {
				open.remove(open.size() - 1);
			}
			Clause parent = current();
			if (level != ClauseLevel.SECTION && parent == null) {
				throw new GuidelinesFormatException(line, "clause " + number + " is outside any section");
			}
			Clause clause = factory.createClause();
			clause.setLevel(level);
			clause.setNumber(number);
			clause.setName(identifier(parent, level, number));
			if (parent == null) {
				document.getSections().add(clause);
			} else {
				parent.getClauses().add(clause);
			}
			open.add(clause);
			if (contentIsText) {
				startParagraph(content);
			} else {
				clause.setTitle(content);
			}
		}

		void addParagraph(Line line, String text) {
			if (current() == null) {
				throw new GuidelinesFormatException(line, "text before the first section");
			}
			if (lastParagraphOpen) {
				// the rest of a paragraph split by a page break
				pending.get(pending.size() - 1).append(' ').append(text);
				lastParagraphOpen = !endsSentence(text);
			} else {
				startParagraph(text);
			}
		}

		private void startParagraph(String content) {
			pending.add(new StringBuilder(content));
			lastParagraphOpen = !endsSentence(content);
		}

		/** Writes the paragraphs read since the last heading into the innermost open clause. */
		private void flushText() {
			Clause clause = current();
			if (clause != null && !pending.isEmpty()) {
				StringBuilder text = new StringBuilder(clause.getText() == null ? "" : clause.getText());
				for (StringBuilder paragraph : pending) {
					if (text.length() > 0) {
						text.append("\n\n");
					}
					text.append(paragraph);
				}
				clause.setText(text.toString());
			}
			pending.clear();
			lastParagraphOpen = false;
		}

		void finish() {
			flushText();
			open.clear();
		}

		private Clause current() {
			return open.isEmpty() ? null : open.get(open.size() - 1);
		}

		private String identifier(Clause parent, ClauseLevel level, String number) {
			if (level == ClauseLevel.SECTION) {
				return number;
			}
			return switch (level) {
				case ITEM, SUB_PARAGRAPH -> parent.getName() + "." + number;
				case SUB_ITEM -> parent.getName() + number;
				case PARAGRAPH -> parent.getLevel() == ClauseLevel.SUB_ITEM ? parent.getName() + number : parent.getName() + "." + number;
				default -> throw new IllegalStateException(level.toString());
			};
		}
	}
}
