package org.allianceplanner.diagram.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;

/**
 * What an edit operation produces: for each file it changes, the text edits that make the change and the
 * edits that undo it. The IDE applies {@link #edits()} of a file to its document as one undoable change, the
 * browser server writes {@link #apply} of the file's text atomically, and undo is {@link #undo()} applied to
 * the edited text.
 */
public final class PlanEdit {

	private final String label;

	private final Map<URI, List<TextEdit>> edits;

	private final Map<URI, List<TextEdit>> undo;

	PlanEdit(String label, Map<URI, List<TextEdit>> edits, Map<URI, List<TextEdit>> undo) {
		this.label = label;
		this.edits = Collections.unmodifiableMap(new LinkedHashMap<>(edits));
		this.undo = Collections.unmodifiableMap(new LinkedHashMap<>(undo));
	}

	/** What the edit does, in the plan author's words ("Create task AirDefense"): for an Undo menu entry. */
	public String label() {
		return label;
	}

	/** The edits of each changed file, offsets in the file's text before the edit. */
	public Map<URI, List<TextEdit>> edits() {
		return edits;
	}

	/** The edits of each changed file that restore its text, offsets in the text after the edit. */
	public Map<URI, List<TextEdit>> undo() {
		return undo;
	}

	/** The text of {@code file} after the edit, given its text before. */
	public String apply(URI file, String text) {
		return TextEdit.apply(text, edits.getOrDefault(file, List.of()));
	}

	/** The text of {@code file} before the edit, given its text after. */
	public String revert(URI file, String text) {
		return TextEdit.apply(text, undo.getOrDefault(file, List.of()));
	}

	public boolean isEmpty() {
		return edits.values().stream().allMatch(List::isEmpty);
	}

	/**
	 * Collects the edits of one operation, file by file, with the text each file had before; computes the
	 * undo edits. Edits of one file must not overlap.
	 */
	static final class Builder {

		private final Map<URI, String> originals = new LinkedHashMap<>();

		private final Map<URI, List<TextEdit>> edits = new LinkedHashMap<>();

		Builder add(URI file, String original, TextEdit edit) {
			String known = originals.putIfAbsent(file, original);
			if (known != null && !known.equals(original)) {
				throw new IllegalStateException("Two different texts of " + file);
			}
			if (edit.length() > 0 || !edit.text().isEmpty()) {
				edits.computeIfAbsent(file, f -> new ArrayList<>()).add(edit);
			}
			return this;
		}

		Builder addAll(PlanEdit.Builder other) {
			other.edits.forEach((file, list) -> list.forEach(e -> add(file, other.originals.get(file), e)));
			return this;
		}

		PlanEdit build(String label) {
			Map<URI, List<TextEdit>> sorted = new LinkedHashMap<>();
			Map<URI, List<TextEdit>> undo = new LinkedHashMap<>();
			edits.forEach((file, list) -> {
				List<TextEdit> ordered = new ArrayList<>(list);
				ordered.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::length));
				TextEdit.apply(originals.get(file), ordered); // refuses overlapping edits
				sorted.put(file, List.copyOf(ordered));
				undo.put(file, List.copyOf(TextEdit.inverse(originals.get(file), ordered)));
			});
			return new PlanEdit(label, sorted, undo);
		}
	}

	@Override
	public String toString() {
		return label + " " + edits;
	}
}
