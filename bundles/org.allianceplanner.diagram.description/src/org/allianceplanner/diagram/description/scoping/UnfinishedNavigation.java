package org.allianceplanner.diagram.description.scoping;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceplanner.diagram.description.expressions.ExpressionTypes;
import org.allianceplanner.diagram.description.expressions.PlanMetamodel;
import org.allianceplanner.diagram.description.viewpoint.Filter;
import org.allianceplanner.diagram.description.viewpoint.Mapping;
import org.allianceplanner.diagram.description.viewpoint.Tool;
import org.allianceplanner.model.guidelines.GuidelinesPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Content assist right after {@code self.} or {@code self.tasks.}: the parser has built no navigation
 * yet, only the enclosing mapping, whose text ends at the cursor. The navigation is read from that text
 * and its type worked out by feature names.
 */
final class UnfinishedNavigation {

	/** The first navigation in the text of the mapping onwards that ends in a dot: where the cursor is. */
	private static final Pattern UNFINISHED = Pattern.compile(
			"(?:[^\\w.~]|^)(self|guidelines)((?:\\.~?\\w+(?:\\.\\w+)?\\+?)*?)\\.(?![\\w~])");
	private static final Pattern STEP = Pattern.compile("\\.(~)?(\\w+)(?:\\.(\\w+))?");

	private UnfinishedNavigation() {
	}

	static EClass typeAtEnd(EObject context) {
		EObject owner = context;
		while (owner != null && !(owner instanceof Mapping) && !(owner instanceof Filter) && !(owner instanceof Tool)) {
			owner = owner.eContainer();
		}
		ICompositeNode node = owner == null ? null : NodeModelUtils.getNode(owner);
		if (node == null) {
			return null;
		}
		String after = node.getRootNode().getText().substring(node.getOffset());
		Matcher m = UNFINISHED.matcher(after);
		if (!m.find()) {
			return null;
		}
		boolean candidates = after.substring(0, m.start()).strip().endsWith("candidates");
		EClass type;
		if ("guidelines".equals(m.group(1))) {
			type = GuidelinesPackage.Literals.GUIDELINES_DOCUMENT;
		} else if (owner instanceof Mapping mapping) {
			type = candidates ? ExpressionTypes.parentClass(mapping) : ExpressionTypes.elementClass(mapping);
		} else if (owner instanceof Filter filter && !filter.getMappings().isEmpty()) {
			type = ExpressionTypes.elementClass(filter.getMappings().get(0));
		} else {
			return null;
		}
		Matcher step = STEP.matcher(m.group(2));
		while (type != null && step.find()) {
			if (step.group(1) != null) {
				type = classNamed(step.group(2));
			} else if ("container".equals(step.group(2))) {
				type = PlanMetamodel.containerOf(type);
			} else {
				EStructuralFeature f = type.getEStructuralFeature(step.group(2));
				type = f != null && f.getEType() instanceof EClass c ? c : null;
			}
		}
		return type;
	}

	private static EClass classNamed(String name) {
		for (EClassifier c : PlanMetamodel.classifiers()) {
			if (c instanceof EClass e && e.getName().equals(name)) {
				return e;
			}
		}
		return null;
	}
}
