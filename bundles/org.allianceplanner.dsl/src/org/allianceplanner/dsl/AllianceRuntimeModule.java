package org.allianceplanner.dsl;

import org.allianceplanner.dsl.conversion.AllianceValueConverterService;
import org.allianceplanner.dsl.internal.BuiltInGuidelinesLibrary;
import org.allianceplanner.dsl.linking.AllianceLinkingDiagnosticMessageProvider;
import org.allianceplanner.dsl.parser.AllianceLexer;
import org.allianceplanner.dsl.parser.AllianceSyntaxErrorMessageProvider;
import org.allianceplanner.dsl.parser.antlr.internal.InternalAllianceLexer;
import org.allianceplanner.dsl.resource.IndexedFragmentProvider;
import org.allianceplanner.dsl.resource.PlanResource;
import org.allianceplanner.dsl.scoping.GuidelinesLibrary;
import org.allianceplanner.dsl.validation.ImportsValidator;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.antlr.LexerProvider;

import com.google.inject.Binder;
import com.google.inject.Provider;
import com.google.inject.name.Names;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.SingletonBinding;

/** Guice bindings of the plan language runtime (no logic here). */
public class AllianceRuntimeModule extends AbstractAllianceRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return AllianceValueConverterService.class;
	}

	@Override
	public Class<? extends Lexer> bindLexer() {
		return AllianceLexer.class;
	}

	@Override
	public Provider<? extends InternalAllianceLexer> provideInternalAllianceLexer() {
		return LexerProvider.create(AllianceLexer.class);
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(AllianceLexer.class);
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return AllianceSyntaxErrorMessageProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return AllianceLinkingDiagnosticMessageProvider.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return PlanResource.class;
	}

	public Class<? extends IFragmentProvider> bindIFragmentProvider() {
		return IndexedFragmentProvider.class;
	}

	/** Registers itself for the plan package when created, like the generated validator. */
	@SingletonBinding(eager = true)
	public Class<? extends ImportsValidator> bindImportsValidator() {
		return ImportsValidator.class;
	}

	public Class<? extends GuidelinesLibrary> bindGuidelinesLibrary() {
		return BuiltInGuidelinesLibrary.class;
	}
}
