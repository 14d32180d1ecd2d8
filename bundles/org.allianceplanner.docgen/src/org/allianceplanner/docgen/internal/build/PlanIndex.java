package org.allianceplanner.docgen.internal.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.Task;

/**
 * The visible tasks, parties and stages of one plan in one edition, indexed once per plan so that
 * checklists and matrices stay linear in the size of the plan. It records nothing as used: each document
 * builder marks what it prints, so that each document's banner fits its own content.
 */
public final class PlanIndex {

	/** A party's part in a task. */
	record Part(Task task, Assignment assignment) {
	}

	final List<Task> tasks;
	final List<ReadinessStage> stages;
	/** Parties that have a part in a visible task, Japan's first, then in model order. */
	final List<Party> parties;
	/** Per party: its parts, in plan order. */
	final Map<Party, List<Part>> partsByParty = new LinkedHashMap<>();

	final Plan plan;
	final Edition edition;

	public PlanIndex(Plan plan, Edition edition) {
		this.plan = plan;
		this.edition = edition;
		this.tasks = edition.visible(plan.getTasks());
		this.stages = PlanDocumentBuilder.sortedStages(edition.visible(plan.getReadinessStages()));
		Map<Party, List<Part>> parts = new LinkedHashMap<>();
		for (Task t : tasks) {
			for (Assignment a : t.getAssignments()) {
				if (edition.visible(a) && a.getParty() != null && edition.visible(a.getParty())) {
					parts.computeIfAbsent(a.getParty(), p -> new ArrayList<>()).add(new Part(t, a));
				}
			}
		}
		List<Party> ordered = new ArrayList<>();
		if (plan.eContainer() instanceof PlanModel model) {
			for (Party p : model.getParties()) {
				if (parts.containsKey(p)) {
					ordered.add(p);
				}
			}
		}
		for (Party p : parts.keySet()) {
			if (!ordered.contains(p)) {
				ordered.add(p);
			}
		}
		ordered.sort((a, b) -> Integer.compare(a.getGovernment().getValue(), b.getGovernment().getValue()));
		this.parties = List.copyOf(ordered);
		for (Party p : parties) {
			partsByParty.put(p, parts.get(p));
		}
	}

	/** Parties that have a part in a visible task. */
	public List<Party> parties() {
		return parties;
	}

	/** The parties with the given role in a task (visible ones only). */
	static List<Party> withRole(Task task, RoleKind role, Marks marks) {
		List<Party> result = new ArrayList<>();
		for (Assignment a : task.getAssignments()) {
			if (a.getRole() == role && marks.use(a) && a.getParty() != null && marks.use(a.getParty())
					&& !result.contains(a.getParty())) {
				result.add(a.getParty());
			}
		}
		return result;
	}
}
