package org.allianceplanner.model.edit.internal.spec;

import org.allianceplanner.model.guidelines.GuidelinesElement;

/** "identifier title", or "identifier text" shortened, for any element of the Guidelines. */
final class GuidelinesLabels {

	static final int MAX_TEXT = 80;

	private GuidelinesLabels() {
	}

	static String label(GuidelinesElement element) {
		String id = element.getName() == null ? "" : element.getName();
		String words = element.getTitle() != null ? element.getTitle() : element.getText();
		if (words == null || words.isEmpty()) {
			return id;
		}
		words = words.replaceAll("\\s+", " ");
		if (words.length() > MAX_TEXT) {
			words = words.substring(0, MAX_TEXT - 1).stripTrailing() + "\u2026";
		}
		return id.isEmpty() ? words : id + " " + words;
	}
}
