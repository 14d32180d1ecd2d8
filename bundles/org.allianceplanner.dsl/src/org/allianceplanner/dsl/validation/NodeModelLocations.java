package org.allianceplanner.dsl.validation;

import java.util.List;
import java.util.function.Function;

import org.allianceplanner.validation.report.LocationProvider;
import org.allianceplanner.validation.report.SourceLocation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * Where a plan element is written, from the Xtext node model: the node of the feature when there is one,
 * else the element's node. Gives the validation reports their {@code file:line:col}.
 */
public final class NodeModelLocations implements LocationProvider {

	private final Function<EObject, String> fileName;

	/** @param fileName how reports name an element's file (e.g. the path the user typed) */
	public NodeModelLocations(Function<EObject, String> fileName) {
		this.fileName = fileName;
	}

	@Override
	public SourceLocation locate(EObject element, EStructuralFeature feature) {
		if (element == null) {
			return new SourceLocation("<unknown>", 0, 0);
		}
		String file = fileName.apply(element);
		INode node = null;
		if (feature != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
			node = nodes.isEmpty() ? null : nodes.get(0);
		}
		if (node == null) {
			node = NodeModelUtils.findActualNodeFor(element);
		}
		if (node == null) {
			return new SourceLocation(file, 0, 0);
		}
		ICompositeNode root = node.getRootNode();
		LineAndColumn lc = NodeModelUtils.getLineAndColumn(root, node.getOffset());
		return new SourceLocation(file, lc.getLine(), lc.getColumn());
	}
}
