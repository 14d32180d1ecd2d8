package org.allianceplanner.dsl.conversion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.dsl.parser.ExpectedPhrases;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

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
			throw new ValueConverterException(unknown(string, node), node, null);
		}
		return value;
	}

	/**
	 * "'rear' is not a task kind. Did you mean 'rear area support'?", or what is expected there when no phrase
	 * begins with the words written.
	 */
	private String unknown(String string, INode node) {
		String written = node != null ? NodeModelUtils.getTokenText(node) : string;
		List<String> begun = phrases.values().stream().filter(p -> key(p).startsWith(key(string)))
				.map(p -> "'" + p + "'").limit(3).toList();
		String message = "'" + written + "' is not " + ExpectedPhrases.kind(rule);
		return begun.isEmpty() ? message + "; expected " + ExpectedPhrases.of(rule) + "."
				: message + ". Did you mean " + String.join(" or ", begun) + "?";
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
