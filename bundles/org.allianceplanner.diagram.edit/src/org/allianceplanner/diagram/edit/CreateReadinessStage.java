package org.allianceplanner.diagram.edit;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.ReadinessStage;

import com.google.inject.Inject;

/**
 * Node tool "readiness stage" (VI.1(2)): a stage of a plan, after its other stages, one level above the plan's
 * highest stage, so that the stages stay in level order in the text.
 */
public class CreateReadinessStage {

	@Inject
	private ElementTexts texts;

	/**
	 * @param name      the new stage's name, or null for a new one
	 * @param title     the title, or null
	 * @param situation the situation the stage is for, or null
	 */
	public PlanEdit create(Plan plan, String name, String title, SituationKind situation) {
		Elements.planResource(plan, "plan");
		ReadinessStage stage = PlanFactory.eINSTANCE.createReadinessStage();
		stage.setName(Elements.nameOrNew(plan, name, "ReadinessStage"));
		stage.setTitle(title);
		stage.setLevel(nextLevel(plan));
		if (situation != null) {
			stage.setSituation(situation);
		}
		plan.getReadinessStages().add(stage);
		return texts.insert(stage).build("Create readiness stage " + stage.getName());
	}

	private static int nextLevel(Plan plan) {
		int highest = 0;
		for (ReadinessStage stage : plan.getReadinessStages()) {
			highest = Math.max(highest, stage.getLevel());
		}
		return highest + 1;
	}
}
