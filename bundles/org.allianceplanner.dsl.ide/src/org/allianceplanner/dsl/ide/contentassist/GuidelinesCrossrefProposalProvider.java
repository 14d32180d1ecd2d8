package org.allianceplanner.dsl.ide.contentassist;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.plan.PlanElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * Reference proposals that say what they name: a clause proposal carries its heading and text
 * ({@code IV.2(2)a}: "Operations to Counter Air Attack against Japan"), a plan element its title. Each element
 * is offered once, under its shortest name ({@link ShortNames}), and by relevance: the elements of the edited
 * file first, then those of other files (imported), then the keywords (which Xtext ranks lower still).
 */
public class GuidelinesCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	private static final int DOCUMENTATION_LENGTH = 600;

	/** Added to Xtext's cross-reference priority for an element of the edited file. */
	private static final int LOCAL_BONUS = 50;

	@Inject
	private IdeContentProposalPriorities priorities;

	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
			ContentAssistContext context) {
		return ShortNames.preferShort(super.queryScope(scope, crossReference, context));
	}

	@Override
	public void lookupCrossReference(IScope scope, CrossReference crossReference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor, Predicate<IEObjectDescription> filter) {
		for (IEObjectDescription candidate : queryScope(scope, crossReference, context)) {
			if (!acceptor.canAcceptMoreProposals()) {
				return;
			}
			if (filter.apply(candidate)) {
				ContentAssistEntry entry = createProposal(candidate, crossReference, context);
				if (entry != null) {
					int priority = priorities.getCrossRefPriority(candidate, entry);
					boolean local = context.getResource() != null
							&& candidate.getEObjectURI().trimFragment().equals(context.getResource().getURI());
					acceptor.accept(entry, local ? priority + LOCAL_BONUS : priority);
				}
			}
		}
	}

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry == null) {
			return null;
		}
		EObject target = candidate.getEObjectOrProxy();
		if (target instanceof GuidelinesElement element && !element.eIsProxy()) {
			entry.setDescription(element.getTitle() != null ? element.getTitle() : firstLine(element.getText()));
			if (element.getText() != null) {
				String text = element.getText();
				entry.setDocumentation(text.length() > DOCUMENTATION_LENGTH
						? text.substring(0, DOCUMENTATION_LENGTH) + "..." : text);
			}
		} else if (target instanceof PlanElement element && !element.eIsProxy() && element.getTitle() != null) {
			entry.setDescription(element.getTitle());
		}
		return entry;
	}

	private static String firstLine(String text) {
		if (text == null) {
			return null;
		}
		int end = text.indexOf('\n');
		String line = end < 0 ? text : text.substring(0, end);
		return line.length() > 80 ? line.substring(0, 80) + "..." : line;
	}
}
