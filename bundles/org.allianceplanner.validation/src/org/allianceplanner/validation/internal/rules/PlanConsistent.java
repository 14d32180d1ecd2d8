package org.allianceplanner.validation.internal.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.PlanResource;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.validation.Finding;
import org.allianceplanner.validation.Rule;

/**
 * PLAN-CONSISTENT: a bilateral defense plan and a mutual cooperation plan that can run at once do not commit the
 * same unit, facility or asset to different tasks in overlapping readiness stages.
 * <p>
 * Works from the index (tasks grouped by the resource they commit), so the cost grows with the number of
 * commitments, not with the square of the number of tasks. Two plans can run at once when either names the other
 * in {@code concurrent with}, or when any of their readiness stages are declared concurrent. Stage-level
 * declarations refine plan-level ones: once two plans declare concurrent stages, only tasks in those stages
 * (or in no particular stage) overlap.
 */
public final class PlanConsistent extends IndexRule {

	public PlanConsistent() {
		super(Rule.PLAN_CONSISTENT);
	}

	@Override
	public void check(RuleContext context) {
		Concurrency concurrency = new Concurrency(context.index().plans());
		for (Map.Entry<PlanResource, List<Task>> e : context.index().tasksByResource().entrySet()) {
			List<Task> defense = new ArrayList<>();
			List<Task> cooperation = new ArrayList<>();
			for (Task t : e.getValue()) {
				Plan p = Plans.planOf(t);
				if (p instanceof BilateralDefensePlan) {
					defense.add(t);
				} else if (p instanceof MutualCooperationPlan) {
					cooperation.add(t);
				}
			}
			for (Task tm : cooperation) {
				for (Task tb : defense) {
					if (conflicting(tb, tm) && concurrency.overlap(tb, tm)) {
						context.report(finding(e.getKey(), tb, tm));
					}
				}
			}
		}
	}

	private Finding finding(PlanResource resource, Task tb, Task tm) {
		String what = resource.eClass().getName().toLowerCase(java.util.Locale.ROOT);
		String message = what + " " + Plans.label(resource) + " is committed to " + Plans.task(tm) + " ("
				+ Plans.words(tm.getKind()) + ") of mutual cooperation plan " + Plans.label(Plans.planOf(tm))
				+ " and to " + Plans.task(tb) + " (" + Plans.words(tb.getKind()) + ") of bilateral defense plan "
				+ Plans.label(Plans.planOf(tb)) + where(tb, tm)
				+ ", and the two plans can run at once; bilateral defense planning and mutual cooperation planning must "
				+ "be consistent";
		return Finding.of(rule(), message, tm, Literals.TASK__USES, null);
	}

	private static String where(Task tb, Task tm) {
		if (tb.eResource() != null && tm.eResource() != null && tb.eResource() != tm.eResource()) {
			return " (" + tb.eResource().getURI().lastSegment() + ")";
		}
		return "";
	}

	/** Different kinds of work, or the same work in different areas, cannot share one unit at once. */
	private static boolean conflicting(Task a, Task b) {
		return a.getKind() != b.getKind() || !new HashSet<>(a.getAreas()).equals(new HashSet<>(b.getAreas()));
	}

	/** Which plans and stages can run at once, computed once from the declarations of all plans. */
	private static final class Concurrency {
		private final Map<Plan, Set<Plan>> plans = new IdentityHashMap<>();
		private final Map<Plan, Set<Plan>> stageLevel = new IdentityHashMap<>();
		private final Map<ReadinessStage, Set<ReadinessStage>> stages = new IdentityHashMap<>();

		Concurrency(List<Plan> all) {
			for (Plan p : all) {
				for (Plan q : p.getConcurrentWith()) {
					link(plans, p, q);
				}
				for (ReadinessStage s : p.getReadinessStages()) {
					for (ReadinessStage t : s.getConcurrentWith()) {
						link(stages, s, t);
						Plan q = Plans.planOf(t);
						if (q != null) {
							link(stageLevel, p, q);
						}
					}
				}
			}
		}

		private static <T> void link(Map<T, Set<T>> map, T a, T b) {
			map.computeIfAbsent(a, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(b);
			map.computeIfAbsent(b, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(a);
		}

		boolean overlap(Task tb, Task tm) {
			Plan pb = Plans.planOf(tb);
			Plan pm = Plans.planOf(tm);
			if (stageLevel.getOrDefault(pb, Set.of()).contains(pm)) {
				if (tb.getStages().isEmpty() || tm.getStages().isEmpty()) {
					return true;
				}
				for (ReadinessStage sb : tb.getStages()) {
					Set<ReadinessStage> with = stages.getOrDefault(sb, Set.of());
					for (ReadinessStage sm : tm.getStages()) {
						if (sb == sm || with.contains(sm)) {
							return true;
						}
					}
				}
				return false;
			}
			return plans.getOrDefault(pb, Set.of()).contains(pm);
		}
	}
}
