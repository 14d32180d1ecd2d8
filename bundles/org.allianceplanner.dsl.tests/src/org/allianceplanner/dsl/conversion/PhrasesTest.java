package org.allianceplanner.dsl.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;

import org.allianceplanner.dsl.tests.AllianceInjectorProvider;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every phrase of Phrases has a grammar rule, and converts to its value and back. */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllianceInjectorProvider.class)
class PhrasesTest {

	@Inject
	private IValueConverterService converters;

	@Inject
	private IGrammarAccess grammarAccess;

	@Test
	void everyPhraseConvertsBothWays() {
		for (Map.Entry<String, Map<Enumerator, String>> rule : Phrases.byRule().entrySet()) {
			AbstractRule grammarRule = GrammarUtil.findRuleForName(grammarAccess.getGrammar(), rule.getKey());
			assertNotNull(grammarRule, "no grammar rule " + rule.getKey());
			for (Map.Entry<Enumerator, String> phrase : rule.getValue().entrySet()) {
				// The words may arrive with or without the spaces between them.
				String parsed = phrase.getValue().replace(" ", "");
				assertEquals(phrase.getKey(), converters.toValue(parsed, rule.getKey(), null), phrase.getValue());
				assertEquals(phrase.getKey(), converters.toValue(phrase.getValue(), rule.getKey(), null));
				assertEquals(phrase.getValue(), converters.toString(phrase.getKey(), rule.getKey()));
			}
		}
	}

	@Test
	void everyLiteralOfEveryPhraseEnumerationHasAPhrase() {
		for (Map.Entry<String, Map<Enumerator, String>> rule : Phrases.byRule().entrySet()) {
			Enumerator any = rule.getValue().keySet().iterator().next();
			for (Object literal : any.getClass().getEnumConstants()) {
				Enumerator value = (Enumerator) literal;
				if (!"UNSPECIFIED".equals(value.getName())) {
					assertNotNull(rule.getValue().get(value), rule.getKey() + "." + value.getName());
				}
			}
		}
	}
}
