package org.allianceplanner.ui.internal.lsp;

import org.allianceplanner.dsl.AllianceRuntimeModule;
import org.allianceplanner.dsl.AllianceStandaloneSetup;
import org.allianceplanner.dsl.ide.AllianceIdeModule;
import org.eclipse.xtext.common.TerminalsStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Creates the plan language's injector for the IDE: the runtime and ide modules of the language
 * plus {@link EditorLanguageModule}, which swaps in the editor's own presentations (hover).
 */
final class LanguageInjector {

	private LanguageInjector() {
	}

	static Injector create() {
		// What the generated setup does before creating its injector: the grammar resources (binary
		// .xtextbin) of Xtext's terminals need their resource factory, and the imported metamodels.
		TerminalsStandaloneSetup.doSetup();
		AllianceStandaloneSetup.registerPackages();
		Injector injector = Guice.createInjector(
				Modules2.mixin(new AllianceRuntimeModule(), new AllianceIdeModule(), new EditorLanguageModule()));
		new AllianceStandaloneSetup().register(injector);
		return injector;
	}
}
