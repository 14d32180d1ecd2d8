package org.allianceplanner.validation.internal.rules;

import org.allianceplanner.model.guidelines.SupportField;
import org.allianceplanner.model.plan.Origin;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.PlanResource;
import org.allianceplanner.model.plan.SupplyItem;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Rule;

/**
 * ROLE-LOGISTICS: supply for U.S.-origin systems is supported by the United States, supply acquired in Japan by
 * Japan; maintenance of U.S. Forces' equipment in Japan by Japan, of U.S.-origin items beyond Japanese
 * capabilities by the United States.
 */
public final class RoleLogistics extends ElementRule<Task> {

	public RoleLogistics() {
		super(Rule.ROLE_LOGISTICS, Task.class);
	}

	@Override
	protected void check(Task task, RuleContext context) {
		if (task.getKind() != TaskKind.LOGISTICS_SUPPORT || !task.isInArmedAttack()) {
			return;
		}
		boolean japan = Plans.hasJapaneseParty(task);
		boolean us = Plans.hasUSParty(task);
		for (SupplyItem item : task.getSupplies()) {
			if (item.getOrigin() == Origin.US_ORIGIN && !us) {
				context.report(rule(), task, Literals.TASK__SUPPLIES, "supply " + Plans.label(item)
						+ " is for systems of U.S. origin but no U.S. party takes part in " + Plans.task(task)
						+ "; the United States supports the acquisition of supplies for systems of U.S. origin");
			}
			if (item.isAcquiredInJapan() && !japan) {
				context.report(rule(), task, Literals.TASK__SUPPLIES, "supply " + Plans.label(item)
						+ " is acquired in Japan but no Japanese party takes part in " + Plans.task(task)
						+ "; Japan supports the acquisition of supplies in Japan");
			}
		}
		if (!task.isSetField() || task.getField() != SupportField.MAINTENANCE) {
			return;
		}
		for (PlanResource r : task.getUses()) {
			boolean usEquipment = Plans.isUnitedStates(r.getOwner());
			boolean inJapan = r.getLocation() == null || r.getLocation().isJapanOrItsSurroundings();
			if (usEquipment && inJapan && r.isWithinJapaneseCapability() && !japan) {
				context.report(rule(), task, Literals.TASK__USES, "maintenance " + Plans.task(task) + " of U.S. Forces' "
						+ "equipment " + Plans.label(r) + " in Japan has no Japanese party; Japan supports the "
						+ "maintenance of U.S. Forces' equipment in Japan");
			}
			if (r.getOrigin() == Origin.US_ORIGIN && !r.isWithinJapaneseCapability() && !us) {
				context.report(rule(), task, Literals.TASK__USES, "maintenance " + Plans.task(task) + " of "
						+ Plans.label(r) + ", of U.S. origin and beyond Japanese maintenance capabilities, has no U.S. "
						+ "party; the United States supports the maintenance of such items");
			}
		}
	}
}
