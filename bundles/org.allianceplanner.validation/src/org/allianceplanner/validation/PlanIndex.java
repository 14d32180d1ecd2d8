package org.allianceplanner.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.PlanResource;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.Task;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * An index over every plan model being validated: plans, tasks, and which tasks commit each unit, facility or
 * asset and use each readiness stage, wherever (in whichever file) they are declared. Rules that span files
 * look things up here instead of comparing every pair of elements. Built in one pass over the contents.
 */
public final class PlanIndex {

	private final List<PlanModel> models = new ArrayList<>();
	private final List<Plan> plans = new ArrayList<>();
	private final List<Task> tasks = new ArrayList<>();
	private final Map<PlanResource, List<Task>> tasksByResource = new IdentityHashMap<>();
	private final Map<ReadinessStage, List<Task>> tasksByStage = new IdentityHashMap<>();

	private PlanIndex() {
	}

	/** Indexes the plan models among {@code roots} (other objects are ignored). */
	public static PlanIndex of(Collection<? extends EObject> roots) {
		PlanIndex index = new PlanIndex();
		for (EObject root : roots) {
			if (root instanceof PlanModel model) {
				index.add(model);
			}
		}
		return index;
	}

	/** Indexes every plan model in the resources of a resource set. */
	public static PlanIndex of(ResourceSet resourceSet) {
		return of(rootsOf(resourceSet));
	}

	/** The root objects of every resource in a resource set (a snapshot: the list may grow while loading). */
	public static List<EObject> rootsOf(ResourceSet resourceSet) {
		List<EObject> roots = new ArrayList<>();
		for (Resource r : new ArrayList<>(resourceSet.getResources())) {
			roots.addAll(r.getContents());
		}
		return roots;
	}

	private void add(PlanModel model) {
		models.add(model);
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Plan plan) {
				plans.add(plan);
			} else if (o instanceof Task task) {
				tasks.add(task);
				for (PlanResource r : task.getUses()) {
					tasksByResource.computeIfAbsent(r, k -> new ArrayList<>(2)).add(task);
				}
				for (ReadinessStage s : task.getStages()) {
					tasksByStage.computeIfAbsent(s, k -> new ArrayList<>(2)).add(task);
				}
				it.prune(); // tasks contain only assignments, consents and measures: nothing to index below
			}
		}
	}

	public List<PlanModel> models() {
		return Collections.unmodifiableList(models);
	}

	public List<Plan> plans() {
		return Collections.unmodifiableList(plans);
	}

	public List<Task> tasks() {
		return Collections.unmodifiableList(tasks);
	}

	/** The units, facilities and assets some task uses, each with the tasks that commit it. */
	public Map<PlanResource, List<Task>> tasksByResource() {
		return Collections.unmodifiableMap(tasksByResource);
	}

	/** Tasks (in any file) that take place in a readiness stage. */
	public List<Task> tasksIn(ReadinessStage stage) {
		return tasksByStage.getOrDefault(stage, List.of());
	}
}
