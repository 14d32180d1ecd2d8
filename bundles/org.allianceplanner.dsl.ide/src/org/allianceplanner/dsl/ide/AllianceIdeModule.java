package org.allianceplanner.dsl.ide;

import org.allianceplanner.dsl.ide.contentassist.GuidelinesCrossrefProposalProvider;
import org.allianceplanner.dsl.ide.contentassist.PhraseContextFactory;
import org.allianceplanner.dsl.ide.contentassist.PlanContentProposalProvider;
import org.allianceplanner.dsl.ide.quickfix.DiagnosticFixProvider;
import org.allianceplanner.dsl.ide.symbol.PlanSymbolDetailsProvider;
import org.allianceplanner.dsl.ide.symbol.PlanSymbolKindProvider;
import org.allianceplanner.dsl.ide.symbol.PlanSymbolNameProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

/** Guice bindings of the generic IDE services (no logic here). */
public class AllianceIdeModule extends AbstractAllianceIdeModule {

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return GuidelinesCrossrefProposalProvider.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return PlanContentProposalProvider.class;
	}

	public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
		return PhraseContextFactory.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return DiagnosticFixProvider.class;
	}

	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return PlanSymbolNameProvider.class;
	}

	public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return PlanSymbolKindProvider.class;
	}

	public Class<? extends DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return PlanSymbolDetailsProvider.class;
	}
}
