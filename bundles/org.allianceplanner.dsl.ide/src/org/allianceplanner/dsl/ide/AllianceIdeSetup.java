package org.allianceplanner.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.allianceplanner.dsl.AllianceRuntimeModule;
import org.allianceplanner.dsl.AllianceStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/** Sets the plan language up with its generic IDE services (language server, content assist). */
public class AllianceIdeSetup extends AllianceStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new AllianceRuntimeModule(), new AllianceIdeModule()));
	}
	
}
