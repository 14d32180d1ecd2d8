package org.allianceplanner.diagram.edit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.LiaisonOfficer;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.Task;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.inject.Inject;

/** Moves one end of an edge to another element of the same kind. */
public class ReconnectEdge {

	@Inject
	private TextChanges changes;

	@Inject
	private ElementTexts texts;

	/**
	 * A reference edge to a new source and/or target (null keeps that end). A value that moves within the
	 * same list keeps its place in the list.
	 */
	public PlanEdit reconnect(ReferenceEdge edge, EObject newSource, EObject newTarget) {
		Elements.planResource(edge.source(), "edge source");
		if (!edge.exists()) {
			throw new EditException("No such edge: " + edge);
		}
		EObject source = newSource == null ? edge.source() : newSource;
		EObject target = newTarget == null ? edge.target() : newTarget;
		ReferenceEdge moved = new ReferenceEdge(source, edge.reference(), target);
		if (!edge.reference().getEReferenceType().isInstance(target)) {
			throw new EditException(Elements.label(target) + " cannot be the " + edge.reference().getName() + " of "
					+ Elements.label(source));
		}
		if (moved.exists()) {
			throw new EditException(Elements.label(source) + " already has " + edge.reference().getName() + " "
					+ Elements.label(target));
		}
		Elements.planResource(source, "new edge source");
		Set<Resource> touched = new LinkedHashSet<>(List.of(edge.source().eResource(), source.eResource()));
		return changes.record("Reconnect " + edge.reference().getName() + " " + Elements.label(edge.source()) + " → "
				+ Elements.label(edge.target()) + " to " + Elements.label(source) + " → " + Elements.label(target),
				touched, () -> {
					if (!edge.reference().isMany()) {
						if (source != edge.source()) {
							edge.source().eUnset(edge.reference());
						}
						source.eSet(edge.reference(), target);
					} else if (source == edge.source()) {
						EList<EObject> values = values(source, edge);
						values.set(values.indexOf(edge.target()), target);
					} else {
						values(edge.source(), edge).remove(edge.target());
						values(source, edge).add(target);
					}
				});
	}

	/**
	 * A role assignment to another party (null keeps it) and/or another task (null keeps it). Moved to another
	 * task, the assignment's line leaves the old task and is written after the new task's last assignment.
	 */
	public PlanEdit reconnect(Assignment assignment, Party party, Task task) {
		Elements.planResource(assignment, "role assignment");
		Task from = (Task) assignment.eContainer();
		Party newParty = party == null ? assignment.getParty() : party;
		Task newTask = task == null ? from : task;
		Elements.planResource(newTask, "task");
		String label = "Reconnect the role of " + assignment.getParty().getName() + " in " + from.getName() + " to "
				+ newParty.getName() + " in " + newTask.getName();
		if (newTask == from) {
			return changes.record(label, List.of(from.eResource()), () -> assignment.setParty(newParty));
		}
		PlanEdit.Builder edits = texts.remove(List.of(assignment));
		// a copy carries no node model, so the serializer writes it afresh instead of taking the old
		// line's neighbouring comments along
		Assignment moved = EcoreUtil.copy(assignment);
		moved.setParty(newParty);
		from.getAssignments().remove(assignment);
		newTask.getAssignments().add(moved);
		return edits.addAll(texts.insert(moved)).build(label);
	}

	/** A liaison officer from another party and/or to another party (null keeps that end). */
	public PlanEdit reconnect(LiaisonOfficer officer, Party from, Party to) {
		Elements.planResource(officer, "liaison officer");
		Party newFrom = from == null ? officer.getFrom() : from;
		Party newTo = to == null ? officer.getTo() : to;
		if (newFrom == newTo) {
			throw new EditException("A liaison officer goes from one party to another");
		}
		return changes.record("Reconnect liaison officer " + officer.getName() + " from " + newFrom.getName() + " to "
				+ newTo.getName(), List.of(officer.eResource()), () -> {
					officer.setFrom(newFrom);
					officer.setTo(newTo);
				});
	}

	@SuppressWarnings("unchecked")
	private static EList<EObject> values(EObject owner, ReferenceEdge edge) {
		return (EList<EObject>) owner.eGet(edge.reference());
	}
}
