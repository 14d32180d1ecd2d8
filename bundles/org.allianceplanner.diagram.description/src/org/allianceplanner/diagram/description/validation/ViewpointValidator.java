package org.allianceplanner.diagram.description.validation;

import java.util.HashSet;
import java.util.Set;

import org.allianceplanner.diagram.description.StyleProperties;
import org.allianceplanner.diagram.description.expressions.ExpressionType;
import org.allianceplanner.diagram.description.expressions.ExpressionTypes;
import org.allianceplanner.diagram.description.expressions.PlanMetamodel;
import org.allianceplanner.diagram.description.viewpoint.Binary;
import org.allianceplanner.diagram.description.viewpoint.Comparison;
import org.allianceplanner.diagram.description.viewpoint.ConditionalStyle;
import org.allianceplanner.diagram.description.viewpoint.ContainerMapping;
import org.allianceplanner.diagram.description.viewpoint.DiagramDescription;
import org.allianceplanner.diagram.description.viewpoint.EdgeMapping;
import org.allianceplanner.diagram.description.viewpoint.EnumLiteralRef;
import org.allianceplanner.diagram.description.viewpoint.Expression;
import org.allianceplanner.diagram.description.viewpoint.FeatureStep;
import org.allianceplanner.diagram.description.viewpoint.Filter;
import org.allianceplanner.diagram.description.viewpoint.Layer;
import org.allianceplanner.diagram.description.viewpoint.Mapping;
import org.allianceplanner.diagram.description.viewpoint.Navigation;
import org.allianceplanner.diagram.description.viewpoint.NodeMapping;
import org.allianceplanner.diagram.description.viewpoint.Not;
import org.allianceplanner.diagram.description.viewpoint.StyleProperty;
import org.allianceplanner.diagram.description.viewpoint.Tool;
import org.allianceplanner.diagram.description.viewpoint.Union;
import org.allianceplanner.diagram.description.viewpoint.Viewpoint;
import org.allianceplanner.diagram.description.viewpoint.ViewpointPackage.Literals;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

/**
 * The type checker of descriptions: candidates yield elements of the mapping's class, conditions are
 * boolean, comparisons compare like with like; plus the structural rules (one default layer, first;
 * unique names; style words; tools on the right kind of mapping).
 */
public class ViewpointValidator extends AbstractViewpointValidator {

	@Check
	public void checkUniqueDiagramNames(Viewpoint viewpoint) {
		Set<String> seen = new HashSet<>();
		for (DiagramDescription d : viewpoint.getDiagrams()) {
			if (!seen.add(d.getName())) {
				error("Diagram '" + d.getName() + "' is described twice in this viewpoint", d,
						Literals.DIAGRAM_DESCRIPTION__NAME);
			}
		}
	}

	@Check
	public void checkLayersAndNames(DiagramDescription diagram) {
		for (int i = 0; i < diagram.getLayers().size(); i++) {
			Layer layer = diagram.getLayers().get(i);
			if (i == 0 && !layer.isDefault()) {
				error("The first layer of a diagram is its default layer: write 'default layer " + layer.getName() + "'",
						layer, Literals.LAYER__NAME);
			} else if (i > 0 && layer.isDefault()) {
				error("A diagram has one default layer, the first; make '" + layer.getName() + "' optional", layer,
						Literals.LAYER__DEFAULT);
			}
		}
		Set<String> seen = new HashSet<>();
		for (Mapping m : EcoreUtil2.getAllContentsOfType(diagram, Mapping.class)) {
			if (!seen.add(m.getName())) {
				error("Mapping '" + m.getName() + "' is declared twice in diagram '" + diagram.getName() + "'", m,
						Literals.MAPPING__NAME);
			}
		}
	}

	@Check
	public void checkCandidates(Mapping mapping) {
		EClass domain = mapping.getDomainClass();
		if (mapping.getCandidates() != null && domain != null && !domain.eIsProxy()) {
			ExpressionType t = ExpressionTypes.typeOf(mapping.getCandidates());
			if (t.isKnown() && (t.eClass() == null || !PlanMetamodel.related(t.eClass(), domain))) {
				error("The candidates are " + t.describe() + ", which cannot be " + domain.getName(), mapping,
						Literals.MAPPING__CANDIDATES);
			}
		}
		requireBoolean(mapping.getPrecondition(), mapping, Literals.MAPPING__PRECONDITION, "A 'where' condition");
	}

	@Check
	public void checkContainer(ContainerMapping mapping) {
		EClass domain = mapping.getDomainClass();
		if (mapping.getNested() != null && domain != null && !domain.eIsProxy()) {
			ExpressionType t = ExpressionTypes.typeOf(mapping.getNested());
			if (t.isKnown() && (t.eClass() == null || !PlanMetamodel.related(t.eClass(), domain))) {
				error("'nested' yields " + t.describe() + ", which cannot be " + domain.getName(), mapping,
						Literals.CONTAINER_MAPPING__NESTED);
			}
		}
	}

	@Check
	public void checkGroupBy(NodeMapping mapping) {
		if (mapping.getGroupBy() != null) {
			ExpressionType t = ExpressionTypes.typeOf(mapping.getGroupBy());
			if (t.many()) {
				error("'group by' needs one value per element, not " + t.describe(), mapping,
						Literals.NODE_MAPPING__GROUP_BY);
			}
		}
	}

	@Check
	public void checkEdge(EdgeMapping edge) {
		for (Mapping source : edge.getSourceMappings()) {
			if (source instanceof EdgeMapping) {
				error("An edge connects nodes and containers, not the edges of '" + source.getName() + "'", edge,
						Literals.EDGE_MAPPING__SOURCE_MAPPINGS);
			}
		}
		for (Mapping target : edge.getTargetMappings()) {
			if (target instanceof EdgeMapping) {
				error("An edge connects nodes and containers, not the edges of '" + target.getName() + "'", edge,
						Literals.EDGE_MAPPING__TARGET_MAPPINGS);
			}
		}
		requireElementsOf(edge.getSourceFinder(), edge.getSourceMappings(), edge,
				Literals.EDGE_MAPPING__SOURCE_FINDER, "source");
		requireElementsOf(edge.getTargetFinder(), edge.getTargetMappings(), edge,
				Literals.EDGE_MAPPING__TARGET_FINDER, "target");
	}

	private void requireElementsOf(Expression finder, java.util.List<Mapping> ends, EdgeMapping edge,
			EStructuralFeature feature, String what) {
		if (finder == null) {
			return;
		}
		ExpressionType t = ExpressionTypes.typeOf(finder);
		if (!t.isKnown()) {
			return;
		}
		if (t.eClass() == null) {
			error("The " + what + " is " + t.describe() + ", not a plan element", edge, feature);
			return;
		}
		for (Mapping end : ends) {
			EClass c = ExpressionTypes.elementClass(end);
			if (c != null && PlanMetamodel.related(c, t.eClass())) {
				return;
			}
		}
		if (!ends.isEmpty()) {
			error("The " + what + " is " + t.describe() + ", which no mapping after '" + ("source".equals(what) ? "from" : "to")
					+ "' shows", edge, feature);
		}
	}

	@Check
	public void checkConditionalStyle(ConditionalStyle style) {
		requireBoolean(style.getCondition(), style, Literals.CONDITIONAL_STYLE__CONDITION, "A 'when' condition");
	}

	@Check
	public void checkFilter(Filter filter) {
		requireBoolean(filter.getCondition(), filter, Literals.FILTER__CONDITION, "A filter condition");
		if (filter.getCondition() != null && filter.getMappings().size() > 1) {
			EClass first = ExpressionTypes.elementClass(filter.getMappings().get(0));
			for (Mapping m : filter.getMappings()) {
				EClass c = ExpressionTypes.elementClass(m);
				if (first != null && c != null && !PlanMetamodel.isAssignable(first, c)) {
					error("The condition is written for " + first.getName() + " but '" + m.getName() + "' shows "
							+ c.getName(), filter, Literals.FILTER__MAPPINGS, filter.getMappings().indexOf(m));
				}
			}
		}
	}

	@Check
	public void checkStyleProperty(StyleProperty property) {
		String problem = StyleProperties.problem(property.getKey(), StyleProperties.text(property));
		if (problem != null) {
			error(problem, property, Literals.STYLE_PROPERTY__VALUE);
		}
	}

	@Check
	public void checkTool(Tool tool) {
		for (Mapping m : tool.getMappings()) {
			boolean edge = m instanceof EdgeMapping;
			boolean wantsEdge = switch (tool.getKind()) {
			case EDGE_CREATION, RECONNECT -> true;
			case NODE_CREATION, DIRECT_EDIT -> false;
			default -> edge;
			};
			if (edge != wantsEdge) {
				error("A " + tool.getKind().getLiteral() + " tool works on " + (wantsEdge ? "edge" : "node and container")
						+ " mappings; '" + m.getName() + "' is not one", tool, Literals.TOOL__MAPPINGS,
						tool.getMappings().indexOf(m));
			}
		}
		EStructuralFeature f = tool.getFeature();
		if (f == null || f.eIsProxy()) {
			return;
		}
		switch (tool.getKind()) {
		case NODE_CREATION -> {
			if (!(f instanceof EReference r && r.isContainment())) {
				error("A createNode tool adds the new element to a containment reference; '" + f.getName() + "' is not one",
						tool, Literals.TOOL__FEATURE);
			}
		}
		case DIRECT_EDIT -> {
			if (!(f instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == String.class)) {
				error("A directEdit tool edits a text attribute; '" + f.getName() + "' is not one", tool,
						Literals.TOOL__FEATURE);
			}
		}
		case EDGE_CREATION, RECONNECT -> {
			if (!(f instanceof EReference r && !r.isContainment())) {
				error("A " + tool.getKind().getLiteral() + " tool sets a cross reference; '" + f.getName()
						+ "' is not one", tool, Literals.TOOL__FEATURE);
			}
		}
		default -> {
		}
		}
	}

	// ------------------------------------------------------------------------------ expressions

	@Check
	public void checkNavigation(Navigation navigation) {
		for (int i = 0; i < navigation.getSteps().size(); i++) {
			if (navigation.getSteps().get(i) instanceof FeatureStep step) {
				ExpressionType before = ExpressionTypes.typeBefore(step);
				if (before.isKnown() && before.eClass() == null) {
					error("Cannot navigate from " + before.describe() + ": it is a value, not a plan element", step,
							org.allianceplanner.diagram.description.viewpoint.ViewpointPackage.Literals.FEATURE_STEP__FEATURE);
				}
				if (step.isClosure() && step.getFeature() != null && !step.getFeature().eIsProxy()
						&& !(step.getFeature() instanceof EReference)) {
					error("'+' follows a reference again and again; '" + step.getFeature().getName()
							+ "' is an attribute", step,
							org.allianceplanner.diagram.description.viewpoint.ViewpointPackage.Literals.FEATURE_STEP__CLOSURE);
				}
			}
		}
	}

	@Check
	public void checkComparison(Comparison c) {
		ExpressionType left = ExpressionTypes.typeOf(c.getLeft());
		ExpressionType right = ExpressionTypes.typeOf(c.getRight());
		if (!left.isKnown() || !right.isKnown()) {
			return;
		}
		boolean ordering = !("==".equals(c.getOp()) || "!=".equals(c.getOp()));
		if (ordering) {
			if (!left.isInt() || !right.isInt()) {
				error("'" + c.getOp() + "' compares whole numbers, not " + left.describe() + " and " + right.describe(), c,
						Literals.COMPARISON__OP);
			}
			return;
		}
		if (left.classifier() != right.classifier() && !(left.isInt() && right.isInt())
				&& !(left.isBoolean() && right.isBoolean())) {
			error("Cannot compare " + left.describe() + " with " + right.describe(), c, Literals.COMPARISON__OP);
		}
		if (right.many()) {
			error("The right side of '" + c.getOp() + "' must be one value", c, Literals.COMPARISON__RIGHT);
		}
	}

	@Check
	public void checkBinary(Binary b) {
		requireBoolean(b.getLeft(), b, Literals.BINARY__LEFT, "The left side of '" + b.getOp() + "'");
		requireBoolean(b.getRight(), b, Literals.BINARY__RIGHT, "The right side of '" + b.getOp() + "'");
	}

	@Check
	public void checkNot(Not n) {
		requireBoolean(n.getOperand(), n, Literals.NOT__OPERAND, "The operand of 'not'");
	}

	@Check
	public void checkUnion(Union u) {
		for (Expression side : new Expression[] { u.getLeft(), u.getRight() }) {
			ExpressionType t = ExpressionTypes.typeOf(side);
			if (t.isKnown() && t.eClass() == null) {
				error("'|' joins plan elements, not " + t.describe(), u,
						side == u.getLeft() ? Literals.UNION__LEFT : Literals.UNION__RIGHT);
			}
		}
	}

	private void requireBoolean(Expression e, org.eclipse.emf.ecore.EObject owner, EStructuralFeature feature,
			String what) {
		if (e == null) {
			return;
		}
		ExpressionType t = ExpressionTypes.typeOf(e);
		if (t.isKnown() && !t.isBoolean()) {
			error(what + " must be true or false, but is " + t.describe()
					+ (t.many() ? " (use .isEmpty or .notEmpty)" : ""), owner, feature);
		}
	}
}
