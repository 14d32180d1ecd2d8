package org.allianceplanner.diagram.edit;

import java.util.List;

import org.allianceplanner.diagram.edit.internal.Elements;
import org.allianceplanner.dsl.ide.edit.NewNames;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;

import com.google.inject.Inject;

/** Node tool "task": a task in a plan, or in one of its readiness stages ({@code during} the stage). */
public class CreateTask {

	@Inject
	private ElementTexts texts;

	/**
	 * @param name the new task's name, or null for one made from its kind
	 * @param title the title, or null
	 * @param stage the readiness stage of {@code plan} the task is drawn in, or null
	 */
	public PlanEdit create(Plan plan, String name, TaskKind kind, String title, ReadinessStage stage) {
		Elements.planResource(plan, "plan");
		if (stage != null && stage.eContainer() != plan) {
			throw new EditException("The readiness stage " + stage.getName() + " is not a stage of " + plan.getName());
		}
		Task task = PlanFactory.eINSTANCE.createTask();
		task.setName(Elements.nameOrNew(plan, name, NewNames.of(kind)));
		task.setKind(kind);
		task.setTitle(title);
		if (stage != null) {
			task.getStages().add(stage);
		}
		int index = insertionIndex(plan.getTasks(), stage);
		plan.getTasks().add(index, task);
		return texts.insert(task).build("Create task " + task.getName());
	}

	/** After the last task of the stage, so that the tasks of a stage stay together; else at the end. */
	private static int insertionIndex(List<Task> tasks, ReadinessStage stage) {
		for (int i = tasks.size() - 1; stage != null && i >= 0; i--) {
			if (tasks.get(i).getStages().contains(stage)) {
				return i + 1;
			}
		}
		return tasks.size();
	}
}
