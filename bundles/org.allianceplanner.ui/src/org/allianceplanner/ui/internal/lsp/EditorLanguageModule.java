package org.allianceplanner.ui.internal.lsp;

import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.service.AbstractGenericModule;

/** Language services the IDE presents differently from the plain language server (bindings only). */
public class EditorLanguageModule extends AbstractGenericModule {

	public Class<? extends IHoverService> bindIHoverService() {
		return PlanHoverService.class;
	}
}
