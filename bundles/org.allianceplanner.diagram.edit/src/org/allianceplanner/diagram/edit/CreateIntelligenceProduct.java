package org.allianceplanner.diagram.edit;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.allianceplanner.model.plan.IntelligenceProduct;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.PlanModel;

import com.google.inject.Inject;

/** Node tool "intelligence product", produced by a party. */
public class CreateIntelligenceProduct {

	@Inject
	private ElementTexts texts;

	/** @param name or null for a new one; @param title or null; @param producer the producing party or null */
	public PlanEdit create(PlanModel model, String name, String title, Party producer) {
		Elements.planResource(model, "plan file");
		IntelligenceProduct product = PlanFactory.eINSTANCE.createIntelligenceProduct();
		product.setName(Elements.nameOrNew(model, name, "IntelligenceProduct"));
		product.setTitle(title);
		product.setProducer(producer);
		model.getIntelligenceProducts().add(product);
		return texts.insert(product).build("Create intelligence product " + product.getName());
	}
}
