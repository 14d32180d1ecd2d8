package org.allianceplanner.diagram.edit;

import java.util.List;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.allianceplanner.model.plan.IntelligenceProduct;
import org.allianceplanner.model.plan.Party;

import com.google.inject.Inject;

/** Edge tool "shared with": the intelligence product is shared with a party. */
public class CreateSharedWith {

	@Inject
	private TextChanges changes;

	public PlanEdit create(IntelligenceProduct product, Party party) {
		Elements.planResource(product, "intelligence product");
		if (party == null) {
			throw new EditException("No party given to share " + product.getName() + " with");
		}
		if (product.getSharedWith().contains(party)) {
			throw new EditException(product.getName() + " is already shared with " + party.getName());
		}
		return changes.record("Share " + product.getName() + " with " + party.getName(),
				List.of(product.eResource()), () -> product.getSharedWith().add(party));
	}
}
