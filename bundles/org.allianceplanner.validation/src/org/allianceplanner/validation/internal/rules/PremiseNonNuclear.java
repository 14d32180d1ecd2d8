package org.allianceplanner.validation.internal.rules;

import static org.allianceplanner.validation.internal.rules.Plans.isJapanese;
import static org.allianceplanner.validation.internal.rules.Plans.label;

import java.util.List;

import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Asset;
import org.allianceplanner.model.plan.AssetKind;
import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.model.plan.PlanPackage.Literals;
import org.allianceplanner.model.plan.PlanResource;
import org.allianceplanner.model.plan.SupplyItem;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Rule;

/**
 * PREMISE-NONNUCLEAR: no task gives Japan nuclear weapons, has Japan produce them, or brings them into Japan;
 * no nuclear weapon is owned by a Japanese party or located in Japan.
 */
public final class PremiseNonNuclear extends ElementRule<PlanElement> {

	public PremiseNonNuclear() {
		super(Rule.PREMISE_NONNUCLEAR, PlanElement.class);
	}

	@Override
	protected void check(PlanElement element, RuleContext context) {
		if (element instanceof Task task) {
			checkTask(task, context);
		} else if (element instanceof Asset asset && asset.getKind() == AssetKind.NUCLEAR_WEAPON) {
			if (isJapanese(asset.getOwner())) {
				context.report(rule(), asset, Literals.PLAN_RESOURCE__OWNER, "nuclear weapon " + label(asset)
						+ " is owned by the Japanese party " + label(asset.getOwner())
						+ "; Japan does not possess nuclear weapons (three non-nuclear principles)");
			}
			if (asset.getLocation() != null && asset.getLocation().isJapanOrItsSurroundings()) {
				context.report(rule(), asset, Literals.PLAN_RESOURCE__LOCATION, "nuclear weapon " + label(asset)
						+ " is located in " + label(asset.getLocation())
						+ "; nuclear weapons are not introduced into Japan (three non-nuclear principles)");
			}
		}
	}

	private void checkTask(Task task, RuleContext context) {
		boolean japanInvolved = Plans.hasJapaneseParty(task) || task.getRecipients().stream().anyMatch(Plans::isJapanese)
				|| task.getAreas().stream().anyMatch(Area::isJapanOrItsSurroundings);
		if (!japanInvolved) {
			return;
		}
		for (SupplyItem item : task.getSupplies()) {
			if (item.getCategory() == SupplyCategory.NUCLEAR_WEAPONS) {
				context.report(rule(), task, Literals.TASK__SUPPLIES, Plans.task(task) + " supplies nuclear weapons ("
						+ label(item) + ") with Japanese involvement; the three non-nuclear principles forbid giving "
						+ "Japan nuclear weapons, producing them or introducing them into Japan",
						new Fix(Fix.KIND_REMOVE_VALUE, "Remove " + label(item) + " from the supplies",
								List.of("supplies", nameOf(item))));
			}
		}
		for (PlanResource r : task.getUses()) {
			if (r instanceof Asset asset && asset.getKind() == AssetKind.NUCLEAR_WEAPON) {
				context.report(rule(), task, Literals.TASK__USES, Plans.task(task) + " uses nuclear weapon "
						+ label(asset) + " with Japanese involvement; the three non-nuclear principles forbid it",
						new Fix(Fix.KIND_REMOVE_VALUE, "Remove " + label(asset) + " from the resources used",
								List.of("uses", nameOf(asset))));
			}
		}
		if (task.getKind() == TaskKind.PRODUCTION && Plans.hasJapaneseParty(task)
				&& task.getSupplies().stream().anyMatch(i -> i.getCategory() == SupplyCategory.NUCLEAR_WEAPONS)) {
			context.report(rule(), task, Literals.TASK__KIND, "Japan takes part in producing nuclear weapons in "
					+ Plans.task(task) + "; the three non-nuclear principles forbid it");
		}
	}

	private static String nameOf(PlanElement e) {
		return e.getName() == null ? "" : e.getName();
	}
}
