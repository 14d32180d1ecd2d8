package org.allianceplanner.diagram.ui.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramElement;
import org.allianceplanner.diagram.interpreter.QualifiedNames;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Where each element of a diagram is written in its plan's text: the text of the plan element it shows (its
 * semantic element, named by the interpreter's qualified names). Both directions of the selection sync use it:
 * a diagram click selects the element's text, the caret highlights the innermost element written around it.
 */
public final class ElementRanges {

	public static final ElementRanges EMPTY = new ElementRanges(Map.of());

	/** A range of the plan's text, in UTF-16 offsets as in the document. */
	public record Range(int offset, int length) {
		boolean contains(int at) {
			return at >= offset && at <= offset + length;
		}
	}

	private final Map<String, Range> ranges;

	private ElementRanges(Map<String, Range> ranges) {
		this.ranges = ranges;
	}

	/** The ranges of the diagram's elements whose plan element is written in {@code resource}. */
	static ElementRanges of(Diagram diagram, Resource resource) {
		QualifiedNames names = new QualifiedNames();
		Map<String, Range> bySemantic = new HashMap<>();
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject element = it.next();
			ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
			if (node != null) {
				bySemantic.putIfAbsent(names.of(element), new Range(node.getOffset(), node.getLength()));
			}
		}
		Map<String, Range> ranges = new LinkedHashMap<>();
		for (DiagramElement element : diagram.elements().values()) {
			Range range = bySemantic.get(element.semanticElement());
			if (range != null) {
				ranges.put(element.identity(), range);
			}
		}
		return new ElementRanges(ranges);
	}

	/** The text of a diagram element, if it is written in this plan file. */
	public Optional<Range> range(String identity) {
		return Optional.ofNullable(ranges.get(identity));
	}

	/** The diagram element written most closely around {@code offset}, if any. */
	public Optional<String> elementAt(int offset) {
		String best = null;
		int bestLength = Integer.MAX_VALUE;
		for (Map.Entry<String, Range> entry : ranges.entrySet()) {
			Range r = entry.getValue();
			if (r.contains(offset) && r.length() < bestLength) {
				best = entry.getKey();
				bestLength = r.length();
			}
		}
		return Optional.ofNullable(best);
	}

	public int size() {
		return ranges.size();
	}
}
