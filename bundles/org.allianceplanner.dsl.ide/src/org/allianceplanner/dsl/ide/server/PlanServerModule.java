package org.allianceplanner.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.WorkspaceManager;

import com.google.inject.AbstractModule;

/** Overrides of Xtext's ServerModule for the plan language's server (no logic here). */
public class PlanServerModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(LanguageServerImpl.class).to(PlanLanguageServer.class);
		bind(WorkspaceManager.class).to(OpenDocumentsWorkspaceManager.class);
	}
}
