package org.allianceplanner.dsl.generator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** The words a plan uses for an enumeration value ("primary responsibility"), taken from the grammar. */
@Singleton
public class EnumWords {

	private final Map<String, String> words = new HashMap<>();

	@Inject
	public EnumWords(IGrammarAccess grammarAccess) {
		for (AbstractRule rule : GrammarUtil.allRules(grammarAccess.getGrammar())) {
			if (rule instanceof EnumRule) {
				rule.eAllContents().forEachRemaining(element -> {
					if (element instanceof EnumLiteralDeclaration declaration && declaration.getLiteral() != null) {
						EEnumLiteral literal = declaration.getEnumLiteral();
						words.putIfAbsent(key(literal.getEEnum().getName(), literal.getName()),
								declaration.getLiteral().getValue());
					}
				});
			}
		}
	}

	public String of(Enumerator value) {
		if (value == null) {
			return "";
		}
		String word = words.get(key(((Enum<?>) value).getDeclaringClass().getSimpleName(), value.getName()));
		return word != null ? word : value.getName().replace('_', ' ').toLowerCase(Locale.ROOT);
	}

	private static String key(String enumName, String literalName) {
		return enumName + "." + literalName;
	}
}
