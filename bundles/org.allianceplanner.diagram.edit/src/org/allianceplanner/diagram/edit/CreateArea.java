package org.allianceplanner.diagram.edit;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.allianceplanner.dsl.ide.edit.NewNames;
import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.PlanModel;

import com.google.inject.Inject;

/** Node tool "area": an area of the file, at top level or drawn inside another area ({@code within}). */
public class CreateArea {

	@Inject
	private ElementTexts texts;

	/** @param name or null for one from the kind; @param title or null; @param within the enclosing area or null */
	public PlanEdit create(PlanModel model, String name, AreaKind kind, String title, Area within) {
		Elements.planResource(model, "plan file");
		Area area = PlanFactory.eINSTANCE.createArea();
		area.setName(Elements.nameOrNew(model, name, NewNames.of(kind)));
		area.setKind(kind);
		area.setTitle(title);
		area.setWithin(within);
		model.getAreas().add(area);
		return texts.insert(area).build("Create area " + area.getName());
	}
}
