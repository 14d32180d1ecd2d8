package org.allianceplanner.dsl.conversion;

import java.util.LinkedHashSet;
import java.util.Set;

import org.allianceplanner.dsl.services.AllianceGrammarAccess;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;

import com.google.inject.Inject;

/**
 * The converters of names, built from the grammar's name rules: the words a name may be (ValidID) and the words
 * an assignment's party must escape (TaskEntryWord). A word added to the grammar needs no change here.
 */
public record NameConverters(NameValueConverter validId, NameValueConverter assignableId,
		QualifiedNameValueConverter qualifiedName, QualifiedNameValueConverter qualifiedNameWithWildcard,
		QualifiedNameValueConverter assignedPartyName) {

	/** Reads the name rules of the grammar. */
	public static class Factory {

		@Inject
		private AllianceGrammarAccess grammar;

		public NameConverters create() {
			Set<String> taskEntryWords = keywords(grammar.getTaskEntryWordRule());
			Set<String> words = keywords(grammar.getValidIDRule());
			NameValueConverter validId = new NameValueConverter(words, Set.of());
			NameValueConverter assignableId = new NameValueConverter(words, taskEntryWords);
			return new NameConverters(validId, assignableId,
					new QualifiedNameValueConverter(validId, validId, false),
					new QualifiedNameValueConverter(validId, validId, true),
					new QualifiedNameValueConverter(assignableId, validId, false));
		}

		/** The keywords of a rule and of the parser rules it calls (not the characters of terminals). */
		private static Set<String> keywords(AbstractRule rule) {
			Set<String> result = new LinkedHashSet<>();
			collect(rule, result, new LinkedHashSet<>());
			return result;
		}

		private static void collect(AbstractRule rule, Set<String> words, Set<AbstractRule> seen) {
			if (!seen.add(rule)) {
				return;
			}
			for (Keyword keyword : EcoreUtil2.getAllContentsOfType(rule, Keyword.class)) {
				words.add(keyword.getValue());
			}
			for (RuleCall call : EcoreUtil2.getAllContentsOfType(rule, RuleCall.class)) {
				if (call.getRule() instanceof ParserRule) {
					collect(call.getRule(), words, seen);
				}
			}
		}
	}
}
