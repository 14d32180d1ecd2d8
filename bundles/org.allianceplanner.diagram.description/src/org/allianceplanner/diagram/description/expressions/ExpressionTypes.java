package org.allianceplanner.diagram.description.expressions;

import org.allianceplanner.diagram.description.viewpoint.Binary;
import org.allianceplanner.diagram.description.viewpoint.BooleanLiteral;
import org.allianceplanner.diagram.description.viewpoint.Comparison;
import org.allianceplanner.diagram.description.viewpoint.ContainerMapping;
import org.allianceplanner.diagram.description.viewpoint.ContainerStep;
import org.allianceplanner.diagram.description.viewpoint.DiagramDescription;
import org.allianceplanner.diagram.description.viewpoint.EdgeMapping;
import org.allianceplanner.diagram.description.viewpoint.EnumLiteralRef;
import org.allianceplanner.diagram.description.viewpoint.Expression;
import org.allianceplanner.diagram.description.viewpoint.FeatureStep;
import org.allianceplanner.diagram.description.viewpoint.Filter;
import org.allianceplanner.diagram.description.viewpoint.IntLiteral;
import org.allianceplanner.diagram.description.viewpoint.InverseStep;
import org.allianceplanner.diagram.description.viewpoint.Mapping;
import org.allianceplanner.diagram.description.viewpoint.Navigation;
import org.allianceplanner.diagram.description.viewpoint.Not;
import org.allianceplanner.diagram.description.viewpoint.Step;
import org.allianceplanner.diagram.description.viewpoint.StringLiteral;
import org.allianceplanner.diagram.description.viewpoint.Tool;
import org.allianceplanner.diagram.description.viewpoint.ToolKind;
import org.allianceplanner.diagram.description.viewpoint.Union;
import org.allianceplanner.diagram.description.viewpoint.ViewpointPackage;
import org.allianceplanner.model.guidelines.GuidelinesPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Static types of description expressions, shared by scoping (which features a step may name), the
 * validator (the type checker) and the interpreter (what {@code self} is).
 */
public final class ExpressionTypes {

	private ExpressionTypes() {
	}

	/** The class of the element a mapping's nodes or edges stand for (a relation edge: its source's). */
	public static EClass elementClass(Mapping mapping) {
		if (mapping instanceof EdgeMapping edge && edge.getDomainClass() == null) {
			return edge.getSourceMappings().isEmpty() ? null : elementClass(edge.getSourceMappings().get(0));
		}
		EClass c = mapping.getDomainClass();
		return c == null || c.eIsProxy() ? null : c;
	}

	/** The class of the element on which a mapping's candidates are evaluated. */
	public static EClass parentClass(Mapping mapping) {
		if (!(mapping instanceof EdgeMapping) && mapping.eContainer() instanceof ContainerMapping parent) {
			return elementClass(parent);
		}
		DiagramDescription diagram = containerOfType(mapping, DiagramDescription.class);
		EClass c = diagram == null ? null : diagram.getDomainClass();
		return c == null || c.eIsProxy() ? null : c;
	}

	/** What {@code self} is in the expression {@code e}. */
	public static EClass selfClass(Expression e) {
		EObject child = e;
		EObject owner = e.eContainer();
		while (owner != null && !(owner instanceof Mapping) && !(owner instanceof Filter)) {
			child = owner;
			owner = owner.eContainer();
		}
		if (owner == null) {
			return selfClassFromText(child);
		}
		if (owner instanceof Filter filter) {
			return filter.getMappings().isEmpty() ? null : elementClass(filter.getMappings().get(0));
		}
		if (owner instanceof Mapping mapping) {
			if (child.eContainingFeature() == ViewpointPackage.Literals.MAPPING__CANDIDATES) {
				return parentClass(mapping);
			}
			return elementClass(mapping);
		}
		return null;
	}

	/** Content assist: the navigation an unfinished step is being added to, through the node model. */
	private static Navigation enclosingNavigation(Step step) {
		for (INode n = NodeModelUtils.getNode(step); n != null; n = n.getParent()) {
			if (n.getSemanticElement() instanceof Navigation navigation) {
				return navigation;
			}
		}
		return null;
	}

	/**
	 * While content assist parses an unfinished expression, it is not yet attached to its mapping: find
	 * the mapping and the assignment (candidates or another) through the node model.
	 */
	private static EClass selfClassFromText(EObject orphan) {
		INode below = null;
		for (INode n = NodeModelUtils.getNode(orphan); n != null; n = n.getParent()) {
			EObject semantic = n.getSemanticElement();
			if (semantic instanceof Mapping || semantic instanceof Filter) {
				Assignment a = below == null ? null : GrammarUtil.containingAssignment(below.getGrammarElement());
				if (semantic instanceof Filter filter) {
					return filter.getMappings().isEmpty() ? null : elementClass(filter.getMappings().get(0));
				}
				Mapping mapping = (Mapping) semantic;
				return a != null && "candidates".equals(a.getFeature()) ? parentClass(mapping) : elementClass(mapping);
			}
			below = n;
		}
		return null;
	}

	/** The class whose features a tool's {@code feature} may name. */
	public static EClass toolClass(Tool tool) {
		if (tool.getMappings().isEmpty()) {
			return null;
		}
		Mapping first = tool.getMappings().get(0);
		return tool.getKind() == ToolKind.NODE_CREATION ? parentClass(first) : elementClass(first);
	}

	public static ExpressionType typeOf(Expression e) {
		if (e instanceof Navigation n) {
			return typeOf(n);
		}
		if (e instanceof Binary || e instanceof Not || e instanceof Comparison || e instanceof BooleanLiteral) {
			return ExpressionType.BOOLEAN;
		}
		if (e instanceof IntLiteral) {
			return ExpressionType.INT;
		}
		if (e instanceof StringLiteral) {
			return ExpressionType.STRING;
		}
		if (e instanceof EnumLiteralRef ref) {
			return ref.getLiteral() == null || ref.getLiteral().eIsProxy() ? ExpressionType.UNKNOWN
					: new ExpressionType(ref.getLiteral().getEEnum(), false);
		}
		if (e instanceof Union u) {
			ExpressionType left = typeOf(u.getLeft());
			ExpressionType right = typeOf(u.getRight());
			if (left.eClass() != null && right.eClass() != null) {
				EClass common = commonSuperType(left.eClass(), right.eClass());
				return new ExpressionType(common, true);
			}
			return new ExpressionType(left.classifier(), true);
		}
		return ExpressionType.UNKNOWN;
	}

	private static ExpressionType typeOf(Navigation n) {
		ExpressionType type = startType(n);
		for (Step step : n.getSteps()) {
			type = apply(type, step);
		}
		if (n.getTest() != null) {
			return "size".equals(n.getTest()) ? ExpressionType.INT : ExpressionType.BOOLEAN;
		}
		return type;
	}

	public static ExpressionType startType(Navigation n) {
		if ("guidelines".equals(n.getStart())) {
			return new ExpressionType(GuidelinesPackage.Literals.GUIDELINES_DOCUMENT, false);
		}
		EClass self = selfClass(n);
		return self == null ? ExpressionType.UNKNOWN : new ExpressionType(self, false);
	}

	/** The type after the steps of a navigation, before its final test (where content assist adds a step). */
	public static ExpressionType typeAfterSteps(Navigation n) {
		ExpressionType type = startType(n);
		for (Step s : n.getSteps()) {
			type = apply(type, s);
		}
		return type;
	}

	/** The type just before {@code step} in its navigation. */
	public static ExpressionType typeBefore(Step step) {
		Navigation n = step.eContainer() instanceof Navigation container ? container : enclosingNavigation(step);
		if (n == null) {
			return ExpressionType.UNKNOWN;
		}
		ExpressionType type = startType(n);
		for (Step s : n.getSteps()) {
			if (s == step) {
				break;
			}
			type = apply(type, s);
		}
		return type;
	}

	static ExpressionType apply(ExpressionType type, Step step) {
		if (step instanceof FeatureStep f) {
			EStructuralFeature feature = f.getFeature();
			if (feature == null || feature.eIsProxy() || feature.getEType() == null) {
				return ExpressionType.UNKNOWN;
			}
			return new ExpressionType(feature.getEType(), type.many() || feature.isMany() || f.isClosure());
		}
		if (step instanceof InverseStep i) {
			EClass owner = i.getOwnerClass();
			return owner == null || owner.eIsProxy() ? ExpressionType.UNKNOWN : new ExpressionType(owner, true);
		}
		if (step instanceof ContainerStep) {
			EClass c = type.eClass();
			return c == null ? ExpressionType.UNKNOWN : new ExpressionType(PlanMetamodel.containerOf(c), type.many());
		}
		return ExpressionType.UNKNOWN;
	}

	private static EClass commonSuperType(EClass a, EClass b) {
		if (PlanMetamodel.isAssignable(a, b)) {
			return a;
		}
		if (PlanMetamodel.isAssignable(b, a)) {
			return b;
		}
		for (EClass s : a.getEAllSuperTypes()) {
			if (s.isSuperTypeOf(b)) {
				return s;
			}
		}
		return EcorePackage.Literals.EOBJECT;
	}

	private static <T extends EObject> T containerOfType(EObject o, Class<T> type) {
		for (EObject c = o; c != null; c = c.eContainer()) {
			if (type.isInstance(c)) {
				return type.cast(c);
			}
		}
		return null;
	}

}
