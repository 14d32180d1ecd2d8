package org.allianceplanner.dsl.ide.contentassist;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.plan.PlanElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

/**
 * Reference proposals that say what they name: a clause proposal carries its heading and text
 * ({@code IV.2(2)a}: "Operations to Counter Air Attack against Japan"), a plan element its title.
 */
public class GuidelinesCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	private static final int DOCUMENTATION_LENGTH = 600;

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
