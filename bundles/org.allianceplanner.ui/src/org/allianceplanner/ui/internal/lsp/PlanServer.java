package org.allianceplanner.ui.internal.lsp;

import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/** Xtext's language server, with its read access opened to the editor's adapters. */
public class PlanServer extends LanguageServerImpl {

	/** Reads resources and the index inside the server's request queue (off the UI thread). */
	public ILanguageServerAccess access() {
		return getLanguageServerAccess();
	}
}
