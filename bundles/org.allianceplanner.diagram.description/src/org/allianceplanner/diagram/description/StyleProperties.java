package org.allianceplanner.diagram.description;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.allianceplanner.diagram.description.viewpoint.StyleProperty;

/**
 * The style properties a description may set and the words each accepts. One place for both the
 * validator and the interpreter.
 */
public final class StyleProperties {

	public static final Map<String, List<String>> WORDS = Map.of(
			"shape", List.of("rectangle", "roundedRectangle", "ellipse", "diamond", "note", "hexagon"),
			"line", List.of("solid", "dashed", "dotted", "dashDot"),
			"font", List.of("normal", "bold", "italic", "boldItalic"),
			"arrow", List.of("none", "open", "triangle", "diamond"));

	public static final List<String> COLORS = List.of("color", "border", "labelColor");
	public static final List<String> NUMBERS = List.of("borderWidth", "width", "fontSize");

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

	private StyleProperties() {
	}

	/** The value as written, without the quotes of a string. */
	public static String text(StyleProperty property) {
		String v = property.getValue();
		if (v != null && v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'"))) {
			return v.substring(1, v.length() - 1);
		}
		return v;
	}

	/** Why the value does not fit the property, or null when it does. */
	public static String problem(String key, String value) {
		if (COLORS.contains(key)) {
			return COLOR.matcher(value).matches() ? null : "'" + key + "' takes a colour #RRGGBB, not '" + value + "'";
		}
		if (NUMBERS.contains(key)) {
			return value.matches("[0-9]+") ? null : "'" + key + "' takes a whole number, not '" + value + "'";
		}
		List<String> words = WORDS.get(key);
		if (words != null && !words.contains(value)) {
			return "'" + key + "' takes one of " + String.join(", ", words) + ", not '" + value + "'";
		}
		return null;
	}
}
