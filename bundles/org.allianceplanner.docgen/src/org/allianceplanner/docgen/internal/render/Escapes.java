package org.allianceplanner.docgen.internal.render;

/** Escaping rules, one method per format, so that tests can exercise them directly. */
public final class Escapes {

	private Escapes() {
	}

	/**
	 * True when a spreadsheet would read the text as a formula (or DDE call) if typed into a cell: it starts
	 * with {@code = + - @}, a tab or a carriage return (OWASP CSV injection).
	 */
	public static boolean looksLikeFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char c = text.charAt(0);
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
	}

	/**
	 * One CSV field: formula-like text is prefixed with an apostrophe so spreadsheets show it as text, then
	 * the field is quoted when it holds a comma, quote or line break (RFC 4180).
	 */
	public static String csv(String text) {
		String t = looksLikeFormula(text) ? "'" + text : text;
		boolean quote = false;
		for (int i = 0; i < t.length() && !quote; i++) {
			char c = t.charAt(i);
			quote = c == ',' || c == '"' || c == '\n' || c == '\r';
		}
		return quote ? '"' + t.replace("\"", "\"\"") + '"' : t;
	}

	/**
	 * Inline Markdown text: backslash-escapes every character CommonMark or GFM tables could read as markup,
	 * escapes what would start a block at the beginning of the text, and folds line breaks into spaces so a
	 * value cannot leave its table cell or list item.
	 */
	public static String markdown(String text) {
		StringBuilder sb = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '!', '$', '{', '}' -> sb.append('\\').append(c);
			case '\r' -> {
				if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
					sb.append(' ');
				}
			}
			case '\n', '\t' -> sb.append(' ');
			default -> sb.append(c);
			}
		}
		// Block markers only matter at the start: "# x", "- x", "+ x", "= x", "1. x", "1) x".
		int start = 0;
		while (start < sb.length() && sb.charAt(start) == ' ') {
			start++;
		}
		if (start < sb.length()) {
			char c = sb.charAt(start);
			if (c == '#' || c == '-' || c == '+' || c == '=') {
				sb.insert(start, '\\');
			} else if (Character.isDigit(c)) {
				int j = start;
				while (j < sb.length() && Character.isDigit(sb.charAt(j))) {
					j++;
				}
				if (j < sb.length() && (sb.charAt(j) == '.' || sb.charAt(j) == ')')) {
					sb.insert(j, '\\');
				}
			}
		}
		return sb.toString();
	}

	/** HTML text and attribute values (FreeMarker escapes the templates; this is for Java-built markup). */
	public static String html(String text) {
		StringBuilder sb = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> sb.append("&lt;");
			case '>' -> sb.append("&gt;");
			case '&' -> sb.append("&amp;");
			case '"' -> sb.append("&quot;");
			case '\'' -> sb.append("&#39;");
			default -> sb.append(c);
			}
		}
		return sb.toString();
	}
}
