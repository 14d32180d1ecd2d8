package org.allianceplanner.dsl;

import org.allianceplanner.dsl.conversion.AllianceValueConverterService;
import org.allianceplanner.dsl.internal.BuiltInGuidelinesLibrary;
import org.allianceplanner.dsl.linking.AllianceLinkingDiagnosticMessageProvider;
import org.allianceplanner.dsl.parser.AllianceSyntaxErrorMessageProvider;
import org.allianceplanner.dsl.scoping.GuidelinesLibrary;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;

/** Guice bindings of the plan language runtime (no logic here). */
public class AllianceRuntimeModule extends AbstractAllianceRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return AllianceValueConverterService.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return AllianceSyntaxErrorMessageProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return AllianceLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends GuidelinesLibrary> bindGuidelinesLibrary() {
		return BuiltInGuidelinesLibrary.class;
	}
}
