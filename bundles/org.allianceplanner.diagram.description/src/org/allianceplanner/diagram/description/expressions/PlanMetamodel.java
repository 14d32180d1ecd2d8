package org.allianceplanner.diagram.description.expressions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.model.guidelines.GuidelinesPackage;
import org.allianceplanner.model.plan.PlanPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

/** The metamodels descriptions are written against: the plan metamodel and the Guidelines it imports. */
public final class PlanMetamodel {

	private PlanMetamodel() {
	}

	public static List<EPackage> packages() {
		return List.of(PlanPackage.eINSTANCE, GuidelinesPackage.eINSTANCE);
	}

	public static List<EClassifier> classifiers() {
		List<EClassifier> result = new ArrayList<>();
		for (EPackage p : packages()) {
			result.addAll(p.getEClassifiers());
		}
		return result;
	}

	public static List<EClass> classes() {
		List<EClass> result = new ArrayList<>();
		for (EClassifier c : classifiers()) {
			if (c instanceof EClass e) {
				result.add(e);
			}
		}
		return result;
	}

	/** Whether an instance of one class can be an instance of the other (one is a supertype of the other). */
	public static boolean related(EClass a, EClass b) {
		return isAssignable(a, b) || isAssignable(b, a);
	}

	/** Whether {@code sub} is {@code type} or a subtype of it; EObject takes everything. */
	public static boolean isAssignable(EClass type, EClass sub) {
		return type == EcorePackage.Literals.EOBJECT || type == sub || type.isSuperTypeOf(sub);
	}

	/**
	 * The class that contains instances of {@code type}, if the metamodel has exactly one; EObject
	 * otherwise (e.g. an Assignment is always inside a Task).
	 */
	public static EClass containerOf(EClass type) {
		Set<EClass> owners = new LinkedHashSet<>();
		for (EClass c : classes()) {
			for (EReference r : c.getEReferences()) {
				if (r.isContainment() && related(r.getEReferenceType(), type)) {
					owners.add(c);
				}
			}
		}
		return owners.size() == 1 ? owners.iterator().next() : EcorePackage.Literals.EOBJECT;
	}
}
