package org.allianceplanner.diagram.description.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.allianceplanner.diagram.description.expressions.ExpressionType;
import org.allianceplanner.diagram.description.expressions.ExpressionTypes;
import org.allianceplanner.diagram.description.expressions.PlanMetamodel;
import org.allianceplanner.diagram.description.viewpoint.Comparison;
import org.allianceplanner.diagram.description.viewpoint.DiagramDescription;
import org.allianceplanner.diagram.description.viewpoint.EnumLiteralRef;
import org.allianceplanner.diagram.description.viewpoint.FeatureStep;
import org.allianceplanner.diagram.description.viewpoint.InverseStep;
import org.allianceplanner.diagram.description.viewpoint.Mapping;
import org.allianceplanner.diagram.description.viewpoint.Navigation;
import org.allianceplanner.diagram.description.viewpoint.Tool;
import org.allianceplanner.diagram.description.viewpoint.ViewpointPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.SimpleScope;

/**
 * Scopes of the description language: classes of the plan metamodel, features of the type reached so
 * far in a navigation, enum words of the type compared against, and the mappings of the diagram.
 * Anything outside these scopes is a linking error at the offending word.
 */
public class ViewpointScopeProvider extends AbstractViewpointScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == ViewpointPackage.Literals.DIAGRAM_DESCRIPTION__DOMAIN_CLASS
				|| reference == ViewpointPackage.Literals.MAPPING__DOMAIN_CLASS
				|| reference == ViewpointPackage.Literals.INVERSE_STEP__OWNER_CLASS) {
			return Scopes.scopeFor(PlanMetamodel.classes());
		}
		if (reference == ViewpointPackage.Literals.FEATURE_STEP__FEATURE && context instanceof FeatureStep step) {
			return features(ExpressionTypes.typeBefore(step).eClass());
		}
		if (reference == ViewpointPackage.Literals.FEATURE_STEP__FEATURE && context instanceof Navigation n) {
			// Content assist: the step being written comes after those parsed so far.
			return features(ExpressionTypes.typeAfterSteps(n).eClass());
		}
		if (reference == ViewpointPackage.Literals.FEATURE_STEP__FEATURE) {
			// Content assist right after a dot: the parser has not built the navigation yet.
			return features(UnfinishedNavigation.typeAtEnd(context));
		}
		if (reference == ViewpointPackage.Literals.INVERSE_STEP__FEATURE && context instanceof InverseStep step) {
			return inverseFeatures(step);
		}
		if (reference == ViewpointPackage.Literals.TOOL__FEATURE && context instanceof Tool tool) {
			return features(ExpressionTypes.toolClass(tool));
		}
		if (reference == ViewpointPackage.Literals.ENUM_LITERAL_REF__LITERAL) {
			return enumWords(context);
		}
		if (reference.getEReferenceType() == ViewpointPackage.Literals.MAPPING) {
			DiagramDescription diagram = EcoreUtil2.getContainerOfType(context, DiagramDescription.class);
			return diagram == null ? IScope.NULLSCOPE
					: Scopes.scopeFor(EcoreUtil2.getAllContentsOfType(diagram, Mapping.class));
		}
		return super.getScope(context, reference);
	}

	private static IScope features(EClass type) {
		return type == null ? IScope.NULLSCOPE : Scopes.scopeFor(type.getEAllStructuralFeatures());
	}

	/** References of the owner class that can point at the type reached so far. */
	private static IScope inverseFeatures(InverseStep step) {
		EClass owner = step.getOwnerClass();
		EClass target = ExpressionTypes.typeBefore(step).eClass();
		if (owner == null || owner.eIsProxy()) {
			return IScope.NULLSCOPE;
		}
		List<EStructuralFeature> result = new ArrayList<>();
		for (EReference r : owner.getEAllReferences()) {
			if (target == null || PlanMetamodel.related(r.getEReferenceType(), target)) {
				result.add(r);
			}
		}
		return Scopes.scopeFor(result);
	}

	/**
	 * The literals of the enum on the other side of the comparison, under their Ecore names
	 * ({@code PRIMARY}) and in lower case ({@code primary}), as plan authors write them.
	 */
	private static IScope enumWords(EObject context) {
		EObject container = context instanceof EnumLiteralRef ? context.eContainer() : context;
		if (!(container instanceof Comparison comparison)) {
			return IScope.NULLSCOPE;
		}
		EObject other = comparison.getLeft() == context ? comparison.getRight() : comparison.getLeft();
		if (!(other instanceof org.allianceplanner.diagram.description.viewpoint.Expression e)
				|| other instanceof EnumLiteralRef) {
			return IScope.NULLSCOPE;
		}
		ExpressionType type = ExpressionTypes.typeOf(e);
		if (!(type.classifier() instanceof EEnum eenum)) {
			return IScope.NULLSCOPE;
		}
		List<IEObjectDescription> words = new ArrayList<>();
		for (EEnumLiteral literal : eenum.getELiterals()) {
			words.add(EObjectDescription.create(QualifiedName.create(literal.getName()), literal));
			String lower = literal.getName().toLowerCase(Locale.ROOT);
			if (!lower.equals(literal.getName())) {
				words.add(EObjectDescription.create(QualifiedName.create(lower), literal));
			}
		}
		return new SimpleScope(words);
	}
}
