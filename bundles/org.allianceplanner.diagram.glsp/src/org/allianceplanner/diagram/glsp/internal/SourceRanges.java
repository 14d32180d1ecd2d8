package org.allianceplanner.diagram.glsp.internal;

import java.util.Optional;

import org.allianceplanner.diagram.glsp.DiagramHost.SourceRange;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;

/** The text of a diagram element: its plan element's file and region. */
public class SourceRanges {

	@Inject
	private DiagramSource source;

	public Optional<SourceRange> of(String elementId) {
		Optional<EObject> element = source.semanticElement(elementId);
		if (element.isEmpty() || element.get().eResource() == null) {
			return Optional.empty();
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element.get());
		if (node == null) {
			return Optional.empty();
		}
		return Optional.of(new SourceRange(element.get().eResource().getURI(), node.getOffset(), node.getLength(), elementId));
	}
}
