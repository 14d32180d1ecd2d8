package org.allianceplanner.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MapBasedScope;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The scope of references to the Guidelines: the built-in library, each element under its identifier
 * ({@code IV.2(2)a}). Built once; lookups are by map.
 */
@Singleton
public class GuidelinesScopeProvider {

	@Inject
	private GuidelinesLibrary library;

	@Inject
	private IQualifiedNameConverter nameConverter;

	private volatile List<IEObjectDescription> descriptions;

	/** The library elements of the given type (or a subtype), by identifier. */
	public IScope getScope(EClass type) {
		List<IEObjectDescription> matching = new ArrayList<>();
		for (IEObjectDescription description : descriptions()) {
			if (type.isSuperTypeOf(description.getEClass())) {
				matching.add(description);
			}
		}
		return MapBasedScope.createScope(IScope.NULLSCOPE, matching);
	}

	/** The identifier an element is written with in a plan. */
	public QualifiedName nameOf(GuidelinesElement element) {
		return nameConverter.toQualifiedName(element.getName());
	}

	private List<IEObjectDescription> descriptions() {
		List<IEObjectDescription> result = descriptions;
		if (result == null) {
			result = new ArrayList<>();
			for (GuidelinesElement element : library.elements()) {
				if (element.getName() != null && !element.getName().isEmpty()) {
					result.add(EObjectDescription.create(nameOf(element), element));
				}
			}
			descriptions = result;
		}
		return result;
	}
}
