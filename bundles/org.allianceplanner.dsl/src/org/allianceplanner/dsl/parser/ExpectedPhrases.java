package org.allianceplanner.dsl.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceplanner.dsl.conversion.Phrases;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;

/**
 * What a syntax error says was expected where an enumeration value goes: "a task kind such as 'air defense',
 * 'sea defense' or 'protection of ports and straits'" — the first phrases of the language's wording
 * ({@link Phrases}), so that a plan author who stopped after {@code task X: } learns what may come there.
 */
public final class ExpectedPhrases {

	private static final int EXAMPLES = 3;

	private ExpectedPhrases() {
	}

	/** The description of the phrases the parser was reading at {@code node}; null if it read no phrase rule. */
	static String describe(INode node) {
		EObject element = node != null ? node.getGrammarElement() : null;
		AbstractRule rule = element instanceof RuleCall call ? call.getRule()
				: element instanceof AbstractRule parserRule ? parserRule : null;
		return rule == null ? null : of(rule.getName());
	}

	/** "a task kind such as 'air defense', ..." for a phrase rule's name; null for any other rule. */
	public static String of(String ruleName) {
		Map<Enumerator, String> phrases = Phrases.byRule().get(ruleName);
		if (phrases == null) {
			return null;
		}
		List<String> examples = new ArrayList<>();
		for (String phrase : phrases.values()) {
			if (examples.size() == EXAMPLES) {
				break;
			}
			examples.add('\'' + phrase + '\'');
		}
		String last = examples.remove(examples.size() - 1);
		return kind(ruleName) + " such as "
				+ (examples.isEmpty() ? last : String.join(", ", examples) + " or " + last);
	}

	/** "a task kind" for TaskKind. */
	public static String kind(String ruleName) {
		return article(words(ruleName));
	}

	/** "TaskKind" to "task kind". */
	private static String words(String ruleName) {
		return ruleName.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
	}

	private static String article(String words) {
		return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
	}
}
