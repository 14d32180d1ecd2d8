package org.allianceplanner.validation.internal.rules;

import java.util.EnumSet;
import java.util.Set;

import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.wording.Wording;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

/** Questions the rules ask of a plan, answered once in the Guidelines' terms. */
public final class Plans {

	private Plans() {
	}

	/** The Government a party acts for ({@link Party#getActingGovernment()}); null for no party. */
	public static Government governmentOf(Party party) {
		return party == null ? null : party.getActingGovernment();
	}

	public static boolean isJapanese(Party party) {
		return party != null && party.actsForJapan();
	}

	public static boolean isUnitedStates(Party party) {
		return party != null && party.actsForUnitedStates();
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

	/** The situations a task applies to ({@link Task#appliesTo(SituationKind)}: its own, else its plan's). */
	public static Set<SituationKind> situationsOf(Task task) {
		Set<SituationKind> situations = EnumSet.noneOf(SituationKind.class);
		for (SituationKind s : SituationKind.values()) {
			if (task.appliesTo(s)) {
				situations.add(s);
			}
		}
		return situations;
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
		return label(a.getParty()) + " (" + words(a.getRole()) + ")";
	}

	/** An enumeration value as the plan writes it ({@link Wording}): {@code PRIMARY} is {@code primary responsibility}. */
	public static String words(Enumerator value) {
		return Wording.of(value);
	}
}
