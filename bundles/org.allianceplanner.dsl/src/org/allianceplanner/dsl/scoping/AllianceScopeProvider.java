package org.allianceplanner.dsl.scoping;

import org.allianceplanner.model.guidelines.GuidelinesPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;

import com.google.inject.Inject;

/**
 * Scoping of the plan language. References to the Guidelines resolve against the built-in library;
 * every other reference follows Xtext's default: names of the file, then imported names of the
 * project's other files.
 */
public class AllianceScopeProvider extends AbstractAllianceScopeProvider {

	@Inject
	private GuidelinesScopeProvider guidelines;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference.getEReferenceType().getEPackage() == GuidelinesPackage.eINSTANCE) {
			return guidelines.getScope(reference.getEReferenceType());
		}
		return super.getScope(context, reference);
	}
}
