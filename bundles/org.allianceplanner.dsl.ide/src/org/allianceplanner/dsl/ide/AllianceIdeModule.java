package org.allianceplanner.dsl.ide;

import org.allianceplanner.dsl.ide.contentassist.GuidelinesCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;

/** Guice bindings of the generic IDE services (no logic here). */
public class AllianceIdeModule extends AbstractAllianceIdeModule {

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return GuidelinesCrossrefProposalProvider.class;
	}
}
