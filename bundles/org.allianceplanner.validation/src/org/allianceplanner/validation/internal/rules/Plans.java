package org.allianceplanner.validation.internal.rules;

import java.util.EnumSet;
import java.util.Set;

import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.model.plan.Task;
import org.eclipse.emf.ecore.EObject;

/** Questions the rules ask of a plan, answered once in the Guidelines' terms. */
public final class Plans {

	private Plans() {
	}

	/** The Government a party acts for: its declared one, else the one its kind implies; null if unknown. */
	public static Government governmentOf(Party party) {
		if (party == null) {
			return null;
		}
		if (party.isSetGovernment()) {
			return party.getGovernment();
		}
		if (party.isSelfDefenseForces()) {
			return Government.JAPAN;
		}
		if (party.isUSForces()) {
			return Government.UNITED_STATES;
		}
		return null;
	}

	public static boolean isJapanese(Party party) {
		return governmentOf(party) == Government.JAPAN;
	}

	public static boolean isUnitedStates(Party party) {
		return governmentOf(party) == Government.UNITED_STATES;
	}

	/** The plan that contains an element, or null. */
	public static Plan planOf(EObject element) {
		for (EObject o = element; o != null; o = o.eContainer()) {
			if (o instanceof Plan plan) {
				return plan;
			}
		}
		return null;
	}

	/**
	 * The situations a task applies to: its own, else its plan's, else the kind of plan's (a bilateral defense
	 * plan is for an armed attack, a mutual cooperation plan for a response to a situation in areas surrounding
	 * Japan).
	 */
	public static Set<SituationKind> situationsOf(Task task) {
		if (!task.getSituations().isEmpty()) {
			return EnumSet.copyOf(task.getSituations());
		}
		return situationsOf(planOf(task));
	}

	/** The situations a plan applies to, defaulting by the kind of plan. */
	public static Set<SituationKind> situationsOf(Plan plan) {
		if (plan == null) {
			return EnumSet.noneOf(SituationKind.class);
		}
		if (!plan.getSituations().isEmpty()) {
			return EnumSet.copyOf(plan.getSituations());
		}
		if (plan instanceof BilateralDefensePlan) {
			return EnumSet.of(SituationKind.ARMED_ATTACK);
		}
		if (plan instanceof MutualCooperationPlan) {
			return EnumSet.of(SituationKind.SIASJ_RESPONSE);
		}
		return EnumSet.noneOf(SituationKind.class);
	}

	public static boolean inArmedAttack(Task task) {
		return situationsOf(task).contains(SituationKind.ARMED_ATTACK);
	}

	public static boolean inSiasj(Task task) {
		Set<SituationKind> s = situationsOf(task);
		return s.contains(SituationKind.SIASJ_ANTICIPATED) || s.contains(SituationKind.SIASJ_RESPONSE);
	}

	public static boolean hasJapaneseParty(Task task) {
		return task.getAssignments().stream().anyMatch(a -> isJapanese(a.getParty()));
	}

	public static boolean hasUSParty(Task task) {
		return task.getAssignments().stream().anyMatch(a -> isUnitedStates(a.getParty()));
	}

	public static boolean hasSdfParty(Task task) {
		return task.getAssignments().stream().anyMatch(a -> a.getParty() != null && a.getParty().isSelfDefenseForces());
	}

	/** True when a Self-Defense Forces party holds primary responsibility for the task. */
	public static boolean sdfPrimary(Task task) {
		return task.getAssignments().stream().anyMatch(
				a -> a.getRole() == RoleKind.PRIMARY && a.getParty() != null && a.getParty().isSelfDefenseForces());
	}

	/** Areas in Japanese territory, its surrounding waters or airspace. */
	public static boolean isJapaneseArea(Area area) {
		return switch (area.getKind()) {
		case JAPANESE_TERRITORY, SURROUNDING_WATERS, SURROUNDING_AIRSPACE -> true;
		default -> false;
		};
	}

	/** How a message names an element: its name, else its title, else its type. */
	public static String label(EObject element) {
		if (element instanceof PlanElement pe) {
			if (pe.getName() != null && !pe.getName().isBlank()) {
				return pe.getName();
			}
			if (pe.getTitle() != null && !pe.getTitle().isBlank()) {
				return "'" + pe.getTitle() + "'";
			}
		}
		return element == null ? "(none)" : "this " + element.eClass().getName();
	}

	/** How a message names a task: {@code task X}. */
	public static String task(Task task) {
		return "task " + label(task);
	}

	/** How a message names a party's assignment: {@code party P (role R)}. */
	public static String assignment(Assignment a) {
		return label(a.getParty()) + " (" + words(a.getRole().getName()) + ")";
	}

	/** {@code PRIMARY} becomes {@code primary responsibility}, other literals become lower-case words. */
	public static String words(String literal) {
		if ("PRIMARY".equals(literal)) {
			return "primary responsibility";
		}
		return literal.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}
}
