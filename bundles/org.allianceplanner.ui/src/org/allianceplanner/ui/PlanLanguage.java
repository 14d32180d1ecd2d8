package org.allianceplanner.ui;

import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;

import com.google.inject.Injector;

/**
 * The plan language as the IDE has set it up, for other IDE bundles (the diagram editor): its injector has the
 * runtime and ide modules, so it gives the edit operations and the pipeline the same grammar as the plan editor.
 * A second, standalone injector would register the language globally in the IDE's place.
 */
public final class PlanLanguage {

	private PlanLanguage() {
	}

	/** The IDE's plan language injector; starts the in-process language server on first use. */
	public static Injector injector() {
		return PlanLanguageServer.get().languageInjector();
	}
}
