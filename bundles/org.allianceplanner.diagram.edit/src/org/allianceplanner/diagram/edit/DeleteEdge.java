package org.allianceplanner.diagram.edit;

import java.util.List;

import org.allianceplanner.diagram.edit.internal.Elements;

import com.google.inject.Inject;

/** Deletes a reference edge: the one value is removed from the source's reference. */
public class DeleteEdge {

	@Inject
	private TextChanges changes;

	@Inject
	private ElementTexts texts;

	public PlanEdit delete(ReferenceEdge edge) {
		Elements.planResource(edge.source(), "edge source");
		if (!edge.exists()) {
			throw new EditException(Elements.label(edge.source()) + " has no " + edge.reference().getName() + " "
					+ Elements.label(edge.target()));
		}
		if (!edge.reference().isMany() && edge.reference().getLowerBound() > 0) {
			throw new EditException("The " + edge.reference().getName() + " of " + Elements.label(edge.source())
					+ " is required: reconnect the edge or delete " + Elements.label(edge.source()));
		}
		String label = "Remove " + Elements.label(edge.target()) + " from the " + edge.reference().getName() + " of "
				+ Elements.label(edge.source());
		if (!edge.reference().isMany()) {
			// the change serializer would leave the reference's keywords behind ("within")
			PlanEdit edit = texts.removeReference(edge.source(), edge.reference()).build(label);
			edge.source().eUnset(edge.reference());
			return edit;
		}
		return changes.record(label, List.of(edge.source().eResource()),
				() -> ((List<?>) edge.source().eGet(edge.reference())).remove(edge.target()));
	}
}
