package org.allianceplanner.model.internal.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.allianceplanner.model.guidelines.Annex;
import org.allianceplanner.model.guidelines.AnnexField;
import org.allianceplanner.model.guidelines.AnnexFunction;
import org.allianceplanner.model.guidelines.AnnexItem;
import org.allianceplanner.model.guidelines.Clause;
import org.allianceplanner.model.guidelines.GuidelinesDocument;
import org.allianceplanner.model.guidelines.GuidelinesFactory;
import org.allianceplanner.model.guidelines.SupportField;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/**
 * Reads the Annex table: rows of tab-separated cells (function, field, optional field within the
 * field, items). An empty cell repeats the cell above, as in the printed table, which is also split
 * over pages with its header repeated.
 * <p>
 * Identifiers: functions {@code Annex.1}..., fields {@code Annex.1.a}..., fields within a field
 * {@code Annex.2.b.i}..., items numbered within their field {@code Annex.2.b.i.1}.
 */
final class AnnexTableParser {

	private static final String ANNEX_ID = "Annex";
	private static final String HEADER = "Functions and Fields";
	private static final Pattern LIST_TAG = Pattern.compile("<ul[^>]*>");
	/** Items are written " - item - item"; hyphens inside words (Self-Defense) have no spaces around. */
	private static final Pattern ITEM_SEPARATOR = Pattern.compile("(?:^|\\s)-\\s+");
	private static final String[] ROMAN = { "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii" };

	private final GuidelinesFactory factory;

	AnnexTableParser(GuidelinesFactory factory) {
		this.factory = factory;
	}

	void parse(List<List<GuidelinesTextParser.Line>> blocks, GuidelinesDocument document) {
		Annex annex = factory.createAnnex();
		annex.setName(ANNEX_ID);
		document.setAnnex(annex);
		AnnexFunction function = null;
		AnnexField field = null;
		for (List<GuidelinesTextParser.Line> block : blocks) {
			for (GuidelinesTextParser.Line line : block) {
				String text = line.text();
				if (!text.contains("\t")) {
					if (annex.getTitle() != null) {
						throw new GuidelinesFormatException(line, "unexpected text in the Annex table: " + text.strip());
					}
					annex.setTitle(text.strip());
					continue;
				}
				String[] cells = text.split("\t", -1);
				if (cells[0].strip().equals(HEADER)) {
					continue;
				}
				int itemsCell = itemsCell(cells, line);
				List<String> labels = new ArrayList<>();
				for (int i = 0; i < itemsCell; i++) {
					labels.add(cells[i].strip());
				}
				if (!labels.get(0).isEmpty()) {
					function = function(annex, labels.get(0));
					field = null;
				}
				if (function == null) {
					throw new GuidelinesFormatException(line, "an Annex row before the first function");
				}
				if (labels.size() > 1 && !labels.get(1).isEmpty()) {
					field = field(function.getFields(), function.getName(), labels.get(1), false);
				}
				if (field == null) {
					throw new GuidelinesFormatException(line, "an Annex row without a field");
				}
				AnnexField target = field;
				if (labels.size() > 2 && !labels.get(2).isEmpty()) {
					target = field(field.getFields(), field.getName(), labels.get(2), true);
				}
				addItems(target, cells[itemsCell], line);
			}
		}
		if (annex.getTitle() == null || annex.getFunctions().isEmpty()) {
			throw new GuidelinesFormatException(null, "the Annex has no title or no rows");
		}
		linkClauses(document);
	}

	private static int itemsCell(String[] cells, GuidelinesTextParser.Line line) {
		for (int i = 1; i < cells.length; i++) {
			if (cells[i].contains("<ul")) {
				return i;
			}
		}
		throw new GuidelinesFormatException(line, "an Annex row without examples of items");
	}

	private AnnexFunction function(Annex annex, String title) {
		for (AnnexFunction existing : annex.getFunctions()) {
			if (existing.getTitle().equals(title)) {
				return existing; // the table continues on the next page
			}
		}
		AnnexFunction function = factory.createAnnexFunction();
		function.setTitle(title);
		function.setName(ANNEX_ID + "." + (annex.getFunctions().size() + 1));
		annex.getFunctions().add(function);
		return function;
	}

	private AnnexField field(List<AnnexField> siblings, String parentId, String title, boolean nested) {
		for (AnnexField existing : siblings) {
			if (existing.getTitle().equals(title)) {
				return existing;
			}
		}
		AnnexField field = factory.createAnnexField();
		field.setTitle(title);
		int position = siblings.size();
		field.setName(parentId + "." + (nested ? ROMAN[position] : String.valueOf((char) ('a' + position))));
		if (nested) {
			SupportField supportField = SupportField.get(title.toUpperCase(Locale.ROOT).replace(' ', '_'));
			if (supportField != null) {
				field.setSupportField(supportField);
			}
		}
		siblings.add(field);
		return field;
	}

	private void addItems(AnnexField field, String cell, GuidelinesTextParser.Line line) {
		String list = LIST_TAG.matcher(cell).replaceAll("").strip();
		for (String part : ITEM_SEPARATOR.split(list)) {
			String text = part.strip();
			if (!text.isEmpty()) {
				AnnexItem item = factory.createAnnexItem();
				item.setName(field.getName() + "." + (field.getItems().size() + 1));
				item.setText(text);
				field.getItems().add(item);
			}
		}
		if (field.getItems().isEmpty()) {
			throw new GuidelinesFormatException(line, "no items for the Annex field '" + field.getTitle() + "'");
		}
	}

	/**
	 * Links functions and fields to the clauses of Section V that describe them: the Annex repeats
	 * the clause headings (V.2(1)a 'Relief Activities and measures to Deal with Refugees'...) in
	 * sentence case. A field with no heading of its own (surveillance, minesweeping) belongs to the
	 * clause of its function.
	 */
	private static void linkClauses(GuidelinesDocument document) {
		List<Clause> clauses = new ArrayList<>();
		for (TreeIterator<EObject> it = document.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof Clause clause && clause.getTitle() != null && clause.getName().startsWith("V.")) {
				clauses.add(clause);
			}
		}
		for (AnnexFunction function : document.getAnnex().getFunctions()) {
			function.setClause(byTitle(clauses, function.getTitle()));
			for (AnnexField field : function.getFields()) {
				Clause clause = byTitle(clauses, field.getTitle());
				field.setClause(clause != null ? clause : function.getClause());
				for (AnnexField nested : field.getFields()) {
					nested.setClause(field.getClause());
				}
			}
		}
	}

	private static Clause byTitle(List<Clause> clauses, String title) {
		for (Clause clause : clauses) {
			if (clause.getTitle().equalsIgnoreCase(title)) {
				return clause;
			}
		}
		return null;
	}
}
