package org.allianceplanner.dsl.ide.contentassist;

import java.util.Set;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Xtext's proposals without the words of the language where a name is expected: any word may be a name
 * ("party Defense"), but proposing the whole vocabulary after "party" would bury the useful proposals.
 */
public class PlanContentProposalProvider extends IdeContentProposalProvider {

	/** The grammar's name rules (Alliance.xtext): a keyword in one of them is a word used as a name. */
	private static final Set<String> NAME_RULES = Set.of("ValidID", "AssignableID", "TaskEntryWord");

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		return !NAME_RULES.contains(GrammarUtil.containingRule(keyword).getName())
				&& super.filterKeyword(keyword, context);
	}
}
