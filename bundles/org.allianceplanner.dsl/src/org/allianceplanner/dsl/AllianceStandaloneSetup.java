package org.allianceplanner.dsl;

import org.allianceplanner.model.guidelines.GuidelinesPackage;
import org.allianceplanner.model.library.GuidelinesLibrary;
import org.allianceplanner.model.plan.PlanPackage;
import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

/**
 * Sets the plan language up without OSGi (command line, tests, benchmarks). The imported plan and
 * Guidelines metamodels are not registered by the generated setup, so this does it.
 */
public class AllianceStandaloneSetup extends AllianceStandaloneSetupGenerated {

	public static void doSetup() {
		new AllianceStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		registerPackages();
		return super.createInjectorAndDoEMFRegistration();
	}

	public static void registerPackages() {
		EPackage.Registry.INSTANCE.putIfAbsent(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
		EPackage.Registry.INSTANCE.putIfAbsent(GuidelinesPackage.eNS_URI, GuidelinesPackage.eINSTANCE);
		// guidelines:/1997 URIs (references to clauses) resolve in any resource set, as under OSGi.
		GuidelinesLibrary.registerGlobally();
	}
}
