package org.allianceplanner.dsl.conversion;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/** Converts a phrase rule's words to its enumeration value and back ({@link Phrases}). */
public class PhraseValueConverter extends AbstractValueConverter<Enumerator> {

	private final String rule;
	private final Map<Enumerator, String> phrases;
	private final Map<String, Enumerator> values = new HashMap<>();

	public PhraseValueConverter(String rule, Map<Enumerator, String> phrases) {
		this.rule = rule;
		this.phrases = phrases;
		for (Map.Entry<Enumerator, String> entry : phrases.entrySet()) {
			values.put(key(entry.getValue()), entry.getKey());
		}
	}

	@Override
	public Enumerator toValue(String string, INode node) throws ValueConverterException {
		if (string == null || string.isBlank()) {
			return null; // nothing was parsed: the syntax error is reported by the parser
		}
		Enumerator value = values.get(key(string));
		if (value == null) {
			throw new ValueConverterException("'" + string + "' is not a known " + rule, node, null);
		}
		return value;
	}

	@Override
	public String toString(Enumerator value) throws ValueConverterException {
		String phrase = phrases.get(value);
		if (phrase == null) {
			throw new ValueConverterException(value + " cannot be written as a " + rule, null, null);
		}
		return phrase;
	}

	/** The parser hands over the words of a data type rule without the spaces between them. */
	private static String key(String phrase) {
		return phrase.replaceAll("\\s+", "");
	}
}
