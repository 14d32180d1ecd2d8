package org.allianceplanner.diagram.description.expressions;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * The static type of a description expression: a classifier of the plan metamodel (or an Ecore data
 * type) and whether the expression yields many values. {@code classifier == null} means unknown (an
 * unresolved reference, already reported by the linker).
 */
public record ExpressionType(EClassifier classifier, boolean many) {

	public static final ExpressionType UNKNOWN = new ExpressionType(null, false);
	public static final ExpressionType BOOLEAN = new ExpressionType(EcorePackage.Literals.EBOOLEAN, false);
	public static final ExpressionType INT = new ExpressionType(EcorePackage.Literals.EINT, false);
	public static final ExpressionType STRING = new ExpressionType(EcorePackage.Literals.ESTRING, false);

	public boolean isKnown() {
		return classifier != null;
	}

	public boolean isBoolean() {
		return !many && classifier != null && (classifier == EcorePackage.Literals.EBOOLEAN
				|| classifier == EcorePackage.Literals.EBOOLEAN_OBJECT);
	}

	public boolean isInt() {
		return !many && classifier != null && (classifier == EcorePackage.Literals.EINT
				|| classifier == EcorePackage.Literals.EINTEGER_OBJECT);
	}

	public boolean isString() {
		return classifier == EcorePackage.Literals.ESTRING;
	}

	public boolean isEnum() {
		return classifier instanceof EEnum;
	}

	public boolean isClass() {
		return classifier instanceof EClass;
	}

	public EClass eClass() {
		return classifier instanceof EClass c ? c : null;
	}

	/** For messages: {@code Party}, {@code Task*} (many), {@code EBoolean}. */
	public String describe() {
		if (classifier == null) {
			return "?";
		}
		return classifier.getName() + (many ? "*" : "");
	}
}
