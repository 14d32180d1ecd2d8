package org.allianceplanner.diagram.description;

import org.allianceplanner.model.guidelines.GuidelinesPackage;
import org.allianceplanner.model.plan.PlanPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;

import com.google.inject.Injector;

/**
 * Sets the description language up without OSGi (command line, tests, benchmarks). Descriptions refer
 * to Ecore and to the plan and Guidelines metamodels, which the generated setup does not register.
 */
public class ViewpointStandaloneSetup extends ViewpointStandaloneSetupGenerated {

	public static void doSetup() {
		new ViewpointStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		registerPackages();
		return super.createInjectorAndDoEMFRegistration();
	}

	public static void registerPackages() {
		EPackage.Registry.INSTANCE.putIfAbsent(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		EPackage.Registry.INSTANCE.putIfAbsent(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
		EPackage.Registry.INSTANCE.putIfAbsent(GuidelinesPackage.eNS_URI, GuidelinesPackage.eINSTANCE);
	}
}
