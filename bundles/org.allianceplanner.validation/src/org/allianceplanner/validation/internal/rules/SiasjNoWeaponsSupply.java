package org.allianceplanner.validation.internal.rules;

import java.util.List;

import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.SupplyItem;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/** SIASJ-NO-WEAPONS-SUPPLY: rear area support never supplies weapons or ammunition. */
public final class SiasjNoWeaponsSupply extends ElementRule<Task> {

	public SiasjNoWeaponsSupply() {
		super(Rule.SIASJ_NO_WEAPONS_SUPPLY, Task.class);
	}

	@Override
	protected void check(Task task, RuleContext context) {
		if (task.getKind() != TaskKind.REAR_AREA_SUPPORT) {
			return;
		}
		for (SupplyItem item : task.getSupplies()) {
			if (item.getCategory() == SupplyCategory.WEAPONS || item.getCategory() == SupplyCategory.AMMUNITION) {
				context.report(rule(), task, Literals.TASK__SUPPLIES, "rear area support " + Plans.task(task)
						+ " supplies " + Plans.words(item.getCategory()) + " (" + Plans.label(item)
						+ "); rear area supply provides materials except weapons and ammunition",
						new Fix(Fix.KIND_REMOVE_VALUE, "Remove " + Plans.label(item) + " from the supplies",
								List.of("supplies", item.getName() == null ? "" : item.getName())));
			}
		}
	}
}
