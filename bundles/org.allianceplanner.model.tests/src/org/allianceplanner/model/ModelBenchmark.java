package org.allianceplanner.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.library.GuidelinesLibrary;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.model.xmi.PlanXmi;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Measures building the Guidelines library and XMI save/load of large plans. Not a test: run it
 * by hand (see docs/PERFORMANCE.md) and record the numbers there.
 */
public final class ModelBenchmark {

	private ModelBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		GuidelinesLibrary.load(new ResourceSetImpl());
		System.out.printf("library, first load in a JVM: %.1f ms%n", (System.nanoTime() - start) / 1e6);
		double[] runs = new double[50];
		for (int i = 0; i < runs.length; i++) {
			long t = System.nanoTime();
			GuidelinesLibrary.load(new ResourceSetImpl());
			runs[i] = (System.nanoTime() - t) / 1e6;
		}
		System.out.printf("library, warm load (median of %d): %.2f ms%n", runs.length, median(runs));
		long lookups = System.nanoTime();
		GuidelinesLibrary library = GuidelinesLibrary.getDefault();
		int found = 0;
		for (int i = 0; i < 100_000; i++) {
			found += library.find("IV.2(3)e.iv").isPresent() ? 1 : 0;
		}
		System.out.printf("find by identifier: %.0f ns each (%d)%n", (System.nanoTime() - lookups) / 1e5, found);

		Path dir = Files.createTempDirectory("model-benchmark");
		for (int tasks : new int[] { 1_000, 10_000, 50_000 }) {
			ResourceSet resourceSet = PlanXmi.newResourceSet();
			PlanModel model = plan(resourceSet, tasks);
			Path file = dir.resolve("plan" + tasks + ".planxmi");
			long t0 = System.nanoTime();
			PlanXmi.save(model, file, true);
			long t1 = System.nanoTime();
			PlanModel loaded = PlanXmi.load(file);
			long t2 = System.nanoTime();
			System.out.printf("%,d tasks: save %.0f ms, load %.0f ms, %,d KB (%d plans)%n", tasks, (t1 - t0) / 1e6, (t2 - t1) / 1e6,
					Files.size(file) / 1024, loaded.getPlans().size());
			Files.delete(file);
		}
		Files.delete(dir);
	}

	/** A plan with the given number of tasks, each with an assignment, two areas and a clause citation. */
	private static PlanModel plan(ResourceSet resourceSet, int tasks) {
		GuidelinesLibrary library = GuidelinesLibrary.load(resourceSet);
		PlanFactory f = PlanFactory.eINSTANCE;
		PlanModel model = f.createPlanModel();
		Party jmsdf = f.createParty();
		jmsdf.setName("JMSDF");
		jmsdf.setGovernment(Government.JAPAN);
		jmsdf.setKind(PartyKind.SDF_MARITIME);
		model.getParties().add(jmsdf);
		Area[] areas = new Area[20];
		for (int i = 0; i < areas.length; i++) {
			areas[i] = f.createArea();
			areas[i].setName("area" + i);
			areas[i].setKind(i % 2 == 0 ? AreaKind.HIGH_SEAS_AROUND_JAPAN : AreaKind.JAPANESE_TERRITORY);
			model.getAreas().add(areas[i]);
		}
		MutualCooperationPlan plan = f.createMutualCooperationPlan();
		plan.setName("mcp");
		plan.getSituations().add(SituationKind.SIASJ_RESPONSE);
		model.getPlans().add(plan);
		var clause = library.findClause("V.2(2)b").orElseThrow();
		for (int i = 0; i < tasks; i++) {
			Task task = f.createTask();
			task.setName("task" + i);
			task.setKind(TaskKind.REAR_AREA_SUPPORT);
			task.getAreas().add(areas[i % areas.length]);
			task.getAreas().add(areas[(i + 1) % areas.length]);
			task.getImplements().add(clause);
			Assignment assignment = f.createAssignment();
			assignment.setParty(jmsdf);
			assignment.setRole(RoleKind.PRIMARY);
			task.getAssignments().add(assignment);
			plan.getTasks().add(task);
		}
		return model;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
