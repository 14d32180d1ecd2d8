package org.allianceplanner.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.dsl.conversion.Phrases;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;

import com.google.inject.Inject;

/**
 * Proposes whole phrases where the grammar expects an enumeration value: after {@code task X "title": } every
 * task kind ({@code protection of ports and straits}, {@code rear area support}, ...), likewise party kinds, area
 * kinds, supply categories, roles, legal basis kinds. The phrases are the model's wording ({@link Phrases}); a
 * proposal's description is the value's documentation in the metamodel, which for a task kind names the
 * Guidelines clause it comes from. Words of a phrase already typed ({@code rear ar}) are replaced by the whole
 * phrase.
 */
public class PhraseProposals {

	/** The longest phrase has five words; looking back this far finds any phrase begun before the caret. */
	private static final int MAX_TYPED_WORDS = 5;

	@Inject
	private IdeContentProposalPriorities priorities;

	/** Whether a grammar rule writes an enumeration value as a phrase (its keywords are never proposed alone). */
	public static boolean isPhraseRule(AbstractRule rule) {
		return rule != null && Phrases.byRule().containsKey(rule.getName())
				&& rule.getType() != null && rule.getType().getClassifier() instanceof EEnum;
	}

	/** Proposes the phrases of every phrase rule that may start or continue at the context's offset. */
	public void propose(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		for (AbstractRule rule : phraseRules(context)) {
			propose(rule, context, acceptor);
		}
	}

	private static Set<AbstractRule> phraseRules(ContentAssistContext context) {
		Set<AbstractRule> rules = new LinkedHashSet<>();
		for (AbstractElement element : context.getFirstSetGrammarElements()) {
			AbstractRule rule = null;
			if (element instanceof Keyword) {
				rule = GrammarUtil.containingRule(element);
			} else if (element instanceof Assignment assignment && assignment.getTerminal() instanceof RuleCall call) {
				rule = call.getRule();
			} else if (element instanceof RuleCall call) {
				rule = call.getRule();
			}
			if (isPhraseRule(rule)) {
				rules.add(rule);
			}
		}
		return rules;
	}

	private void propose(AbstractRule rule, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Map<Enumerator, String> phrases = Phrases.byRule().get(rule.getName());
		String text = context.getRootNode().getText();
		int offset = Math.min(context.getOffset(), text.length());
		String prefix = context.getPrefix() == null ? "" : context.getPrefix();
		List<Integer> wordStarts = wordStartsBefore(text, offset - prefix.length());
		// The most words typed that some phrase continues: "armed attack |" continues with "imminent".
		for (int typed = wordStarts.size(); typed >= 0; typed--) {
			int start = typed == 0 ? offset - prefix.length() : wordStarts.get(typed - 1);
			String written = text.substring(start, offset);
			String normalized = written.replaceAll("\\s+", " ");
			boolean continuing = typed > 0;
			List<ContentAssistEntry> entries = new ArrayList<>();
			phrases.forEach((value, phrase) -> {
				if (phrase.regionMatches(true, 0, normalized, 0, normalized.length())
						&& (!continuing || phrase.length() > normalized.strip().length())) {
					entries.add(entry(rule, value, phrase, written));
				}
			});
			if (!entries.isEmpty()) {
				for (ContentAssistEntry entry : entries) {
					acceptor.accept(entry, priorities.getDefaultPriority(entry));
				}
				return;
			}
		}
	}

	/**
	 * The starts of the (at most five) words right before {@code end} on its line, nearest first, stopping at
	 * punctuation (":", ",", "{"): no phrase goes back further.
	 */
	static List<Integer> wordStartsBefore(String text, int end) {
		List<Integer> starts = new ArrayList<>();
		int i = end;
		while (starts.size() < MAX_TYPED_WORDS) {
			int wordEnd = i;
			while (wordEnd > 0 && (text.charAt(wordEnd - 1) == ' ' || text.charAt(wordEnd - 1) == '\t')) {
				wordEnd--;
			}
			int wordStart = wordEnd;
			while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
				wordStart--;
			}
			if (wordStart == wordEnd) {
				break;
			}
			starts.add(wordStart);
			i = wordStart;
		}
		return starts;
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '.';
	}

	private static ContentAssistEntry entry(AbstractRule rule, Enumerator value, String phrase, String written) {
		ContentAssistEntry entry = new ContentAssistEntry();
		entry.setProposal(phrase);
		entry.setPrefix(written);
		entry.setKind(ContentAssistEntry.KIND_ENUM);
		entry.setDescription(description(rule, value));
		entry.setDocumentation(EcoreUtil.getDocumentation(rule.getType().getClassifier()));
		return entry;
	}

	/**
	 * What the value means, from the metamodel's documentation of the literal ("Protection of major ports and
	 * straits in Japan (IV.2(2)b)."); the kind's name in words for a value documented nowhere.
	 */
	static String description(AbstractRule rule, Enumerator value) {
		EClassifier classifier = rule.getType().getClassifier();
		EEnumLiteral literal = ((EEnum) classifier).getEEnumLiteral(value.getValue());
		String documentation = literal == null ? null : EcoreUtil.getDocumentation(literal);
		return documentation != null ? documentation : words(classifier.getName());
	}

	private static String words(String camelCase) {
		return camelCase.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
	}
}
