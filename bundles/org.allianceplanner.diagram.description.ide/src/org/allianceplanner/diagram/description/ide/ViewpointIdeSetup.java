package org.allianceplanner.diagram.description.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.allianceplanner.diagram.description.ViewpointRuntimeModule;
import org.allianceplanner.diagram.description.ViewpointStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/** Sets the description language up with its generic IDE services (language server, content assist). */
public class ViewpointIdeSetup extends ViewpointStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new ViewpointRuntimeModule(), new ViewpointIdeModule()));
	}
}
