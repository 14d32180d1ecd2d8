package org.allianceplanner.dsl.ide.contentassist;

import java.util.Collection;
import java.util.Set;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

/**
 * Xtext's proposals, with whole phrases where an enumeration value goes ({@link PhraseProposals}) instead of
 * their single words, and without the words of the language where a name is expected: any word may be a name
 * ("party Defense"), but proposing the whole vocabulary after "party" would bury the useful proposals.
 */
public class PlanContentProposalProvider extends IdeContentProposalProvider {

	/** The grammar's name rules (Alliance.xtext): a keyword in one of them is a word used as a name. */
	private static final Set<String> NAME_RULES = Set.of("ValidID", "AssignableID", "TaskEntryWord");

	@Inject
	private PhraseProposals phrases;

	@Override
	public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
		for (ContentAssistContext context : getFilteredContexts(contexts)) {
			phrases.propose(context, acceptor);
		}
		super.createProposals(contexts, acceptor);
	}

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		AbstractRule rule = GrammarUtil.containingRule(keyword);
		return !NAME_RULES.contains(rule.getName()) && !PhraseProposals.isPhraseRule(rule)
				&& super.filterKeyword(keyword, context);
	}
}
