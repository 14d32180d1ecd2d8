package org.allianceplanner.dsl.conversion;

import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * One segment of a name: an identifier or a word of the language ({@code Defense}, {@code Self-Defense}). A leading
 * {@code ^} escapes a word and is not part of the name. Words the rule cannot take unescaped (a task entry's opening
 * word where an assignment's party is named) are written back escaped.
 */
public class NameValueConverter extends AbstractValueConverter<String> {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final Set<String> words;
	private final Set<String> escaped;

	/**
	 * @param words the words of the language the rule accepts besides identifiers
	 * @param escaped the identifiers that must be written with a leading {@code ^}
	 */
	public NameValueConverter(Set<String> words, Set<String> escaped) {
		this.words = Set.copyOf(words);
		this.escaped = Set.copyOf(escaped);
	}

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		// Lenient: a broken name is already a syntax error, and a cross-reference's text must still convert.
		return string != null && string.startsWith("^") ? string.substring(1) : string;
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		if (value == null || value.isEmpty()) {
			throw new ValueConverterException("An empty name cannot be written.", null, null);
		}
		if (IDENTIFIER.matcher(value).matches()) {
			return escaped.contains(value) ? "^" + value : value;
		}
		if (words.contains(value)) {
			return value;
		}
		throw new ValueConverterException("'" + value + "' is not a name.", null, null);
	}
}
