package org.allianceplanner.validation.internal.rules;

import java.util.List;

import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Consent;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/**
 * PREMISE-INTL-LAW-CONSENT: relief activities outside Japan record the consent of the authorities of each
 * affected area they take place in.
 */
public final class PremiseIntlLawConsent extends ElementRule<Task> {

	public PremiseIntlLawConsent() {
		super(Rule.PREMISE_INTL_LAW_CONSENT, Task.class);
	}

	@Override
	protected void check(Task task, RuleContext context) {
		if (task.getKind() != TaskKind.RELIEF && task.getKind() != TaskKind.HUMANITARIAN_RELIEF) {
			return;
		}
		for (Area area : task.getAreas()) {
			if (area.isJapanOrItsSurroundings() || hasConsent(task, area)) {
				continue;
			}
			context.report(rule(), task, Literals.TASK__CONSENTS, "relief " + Plans.task(task) + " in "
					+ Plans.label(area) + " records no consent of the authorities in that affected area"
					+ (area.getAuthorities() == null ? "" : " (" + area.getAuthorities() + ")"),
					new Fix(Fix.KIND_ADD_ELEMENT, "Record the consent of the authorities in " + Plans.label(area),
							List.of("consents", "Consent", "area=" + (area.getName() == null ? "" : area.getName()))));
		}
	}

	private static boolean hasConsent(Task task, Area area) {
		for (Consent c : task.getConsents()) {
			if (c.getArea() == area) {
				return true;
			}
		}
		return false;
	}
}
