package org.allianceplanner.diagram.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One replacement in a file's text: {@code length} characters at {@code offset} (UTF-16 offsets, as in the
 * JFace document and in Java strings) become {@code text}. Offsets of a list of edits refer to the text before
 * any of them is applied, as in a JFace {@code MultiTextEdit} or an LSP {@code TextEdit[]}.
 */
public record TextEdit(int offset, int length, String text) {

	public TextEdit {
		if (offset < 0 || length < 0 || text == null) {
			throw new IllegalArgumentException("Invalid text edit: offset " + offset + ", length " + length);
		}
	}

	/** The edits applied to the text they were computed on. */
	public static String apply(String text, List<TextEdit> edits) {
		StringBuilder out = new StringBuilder(text.length() + 64);
		int at = 0;
		for (TextEdit edit : sorted(edits)) {
			if (edit.offset < at || edit.offset + edit.length > text.length()) {
				throw new IllegalArgumentException("Overlapping or out-of-range edit " + edit + " on a text of "
						+ text.length() + " characters");
			}
			out.append(text, at, edit.offset).append(edit.text);
			at = edit.offset + edit.length;
		}
		return out.append(text, at, text.length()).toString();
	}

	/**
	 * The edits that take the result of {@code edits} back to {@code original}, byte for byte: each replaced
	 * range of the original comes back at the place its replacement landed.
	 */
	public static List<TextEdit> inverse(String original, List<TextEdit> edits) {
		List<TextEdit> undo = new ArrayList<>();
		int shift = 0;
		for (TextEdit edit : sorted(edits)) {
			undo.add(new TextEdit(edit.offset + shift, edit.text.length(),
					original.substring(edit.offset, edit.offset + edit.length)));
			shift += edit.text.length() - edit.length;
		}
		return undo;
	}

	/**
	 * The same edit without the characters its replacement shares with the replaced text at either end, so
	 * that a rewritten line that changed only in one word touches only that word.
	 */
	public TextEdit trimmed(String original) {
		String old = original.substring(offset, offset + length);
		int prefix = 0;
		int max = Math.min(old.length(), text.length());
		while (prefix < max && old.charAt(prefix) == text.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix
				&& old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
			suffix++;
		}
		return new TextEdit(offset + prefix, length - prefix - suffix,
				text.substring(prefix, text.length() - suffix));
	}

	private static List<TextEdit> sorted(List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::length));
		return sorted;
	}
}
