package org.allianceplanner.dsl.formatting2;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.GrammarUtil;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The grammar elements that begin a clause of a block, e.g. {@code implements}, {@code in},
 * {@code during} in a task: the first element of each alternative of a repeated choice. The
 * formatter puts each clause on its own line. Computed once from the grammar, so new clauses are
 * formatted without touching the formatter.
 */
@Singleton
public class ClauseStarts {

	private final Set<EObject> starts = new HashSet<>();

	@Inject
	public ClauseStarts(IGrammarAccess grammarAccess) {
		for (AbstractRule rule : GrammarUtil.allRules(grammarAccess.getGrammar())) {
			if (!(rule instanceof ParserRule) || GrammarUtil.isDatatypeRule(rule)) {
				continue;
			}
			rule.eAllContents().forEachRemaining(element -> {
				if (element instanceof Alternatives alternatives && isRepeated(alternatives)) {
					for (AbstractElement alternative : alternatives.getElements()) {
						addFirst(alternative, new HashSet<>());
					}
				}
			});
		}
	}

	/** Whether the grammar element of a token begins a clause. */
	public boolean isStart(EObject grammarElement) {
		return starts.contains(grammarElement);
	}

	private static boolean isRepeated(Alternatives alternatives) {
		if (GrammarUtil.isMultipleCardinality(alternatives)) {
			return true;
		}
		// ( A | B )* written as a group around the alternatives, or a fragment made of alternatives.
		EObject container = alternatives.eContainer();
		if (container instanceof Group group && group.getElements().size() == 1) {
			return GrammarUtil.isMultipleCardinality(group);
		}
		return container instanceof ParserRule rule && rule.isFragment();
	}

	private void addFirst(AbstractElement element, Set<AbstractRule> visited) {
		if (element instanceof Group group) {
			addFirst(group.getElements().get(0), visited);
		} else if (element instanceof Assignment assignment) {
			addFirst(assignment.getTerminal(), visited);
		} else if (element instanceof CrossReference reference) {
			starts.add(reference);
			addFirst(reference.getTerminal(), visited);
		} else if (element instanceof RuleCall call) {
			starts.add(call);
			AbstractRule called = call.getRule();
			if (called instanceof ParserRule parserRule && visited.add(called)) {
				if (!GrammarUtil.isDatatypeRule(parserRule)) {
					addFirst(parserRule.getAlternatives(), visited);
				}
			}
		} else if (element instanceof Keyword keyword) {
			starts.add(keyword);
		} else if (element instanceof Alternatives alternatives) {
			for (AbstractElement alternative : alternatives.getElements()) {
				addFirst(alternative, visited);
			}
		}
	}
}
