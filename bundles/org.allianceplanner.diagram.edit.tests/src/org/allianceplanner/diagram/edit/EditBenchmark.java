package org.allianceplanner.diagram.edit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.IntelligenceProduct;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.PlanPackage;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;

/**
 * Time from an edit operation's call to its text edits being ready, on the three examples (docs/PERFORMANCE.md,
 * "Diagram edits"). Each run loads the examples into a fresh resource set (not timed), then times one call:
 * wall time, and the CPU time of the calling thread, which other work on the machine does not inflate.
 * Run by {@code bundles/org.allianceplanner.diagram.edit.tests/benchmark.sh [runs]}.
 */
public final class EditBenchmark {

	private EditBenchmark() {
	}

	public static void main(String[] args) {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		Map<String, Function<EditFixture, PlanEdit>> operations = operations();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		System.out.printf(Locale.ROOT,
				"| operation | first call | median of %d | max | CPU time, median |%n|---|---:|---:|---:|---:|%n", runs);
		for (Map.Entry<String, Function<EditFixture, PlanEdit>> op : operations.entrySet()) {
			List<Double> times = new ArrayList<>();
			List<Double> cpu = new ArrayList<>();
			double first = 0;
			for (int i = 0; i <= runs; i++) {
				EditFixture fixture = new EditFixture();
				long start = System.nanoTime();
				long cpuStart = threads.getCurrentThreadCpuTime();
				PlanEdit edit = op.getValue().apply(fixture);
				double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
				double ms = (System.nanoTime() - start) / 1e6;
				if (edit.isEmpty()) {
					throw new IllegalStateException("no edit from " + op.getKey());
				}
				if (i == 0) {
					first = ms;
				} else {
					times.add(ms);
					cpu.add(cpuMs);
				}
			}
			Collections.sort(times);
			Collections.sort(cpu);
			System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", op.getKey(), first,
					times.get(times.size() / 2), times.get(times.size() - 1), cpu.get(cpu.size() / 2));
		}
	}

	private static Map<String, Function<EditFixture, PlanEdit>> operations() {
		Map<String, Function<EditFixture, PlanEdit>> ops = new LinkedHashMap<>();
		ops.put("create task in a stage", f -> EditFixture.operation(CreateTask.class).create(
				f.find(Plan.class, "DefenseOfJapan"), null, TaskKind.AIR_DEFENSE, "New task",
				f.find(ReadinessStage.class, "Vigilance")));
		ops.put("create party", f -> EditFixture.operation(CreateParty.class).create(
				(PlanModel) f.find(Party.class, "JASDF").eContainer(), null, PartyKind.SDF_GROUND, null));
		ops.put("create area", f -> EditFixture.operation(CreateArea.class).create(
				(PlanModel) f.find(Party.class, "JASDF").eContainer(), null, AreaKind.JAPANESE_TERRITORY, null,
				f.find(Area.class, "JapaneseTerritoryArea")));
		ops.put("create intelligence product", f -> EditFixture.operation(CreateIntelligenceProduct.class).create(
				(PlanModel) f.find(Party.class, "JASDF").eContainer(), null, null, f.find(Party.class, "JMSDF")));
		ops.put("create role assignment", f -> EditFixture.operation(CreateAssignment.class).create(
				f.find(Party.class, "NPA"), f.find(Task.class, "RepelAttack"), RoleKind.COOPERATION));
		ops.put("create shared with", f -> EditFixture.operation(CreateSharedWith.class).create(
				f.find(IntelligenceProduct.class, "MissileLaunchWarning"), f.find(Party.class, "SeventhFleet")));
		ops.put("create liaison officer", f -> EditFixture.operation(CreateLiaisonOfficer.class).create(
				f.find(BilateralCoordinationMechanism.class, "CoordinationMechanism"), null, f.find(Party.class, "MOD"),
				f.find(Party.class, "USEmbassy")));
		ops.put("create near", f -> EditFixture.operation(CreateAreaRelation.class).near(
				f.find(Area.class, "AffectedArea"), f.find(Area.class, "WesternOperationalArea")));
		ops.put("delete task", f -> EditFixture.operation(DeleteElement.class).delete(f.find(Task.class, "RepelAttack")));
		ops.put("delete party used in 3 files", f -> EditFixture.operation(DeleteElement.class).delete(
				f.find(Party.class, "MLIT")));
		ops.put("delete shared with", f -> EditFixture.operation(DeleteEdge.class).delete(new ReferenceEdge(
				f.find(IntelligenceProduct.class, "MissileLaunchWarning"),
				PlanPackage.Literals.INTELLIGENCE_PRODUCT__SHARED_WITH, f.find(Party.class, "JointStaff"))));
		ops.put("reconnect role assignment", f -> EditFixture.operation(ReconnectEdge.class).reconnect(
				f.find(Task.class, "CounterAirAttack").getAssignments().get(1), f.find(Party.class, "SeventhFleet"), null));
		ops.put("edit title", f -> EditFixture.operation(EditTitle.class).edit(f.find(Task.class, "RepelAttack"),
				"New title"));
		ops.put("rename across files", f -> EditFixture.operation(RenameElement.class).rename(
				f.find(Party.class, "JASDF"), "AirSelfDefenseForce"));
		ops.put("move task to another stage", f -> EditFixture.operation(MoveElement.class).moveToStage(
				f.find(Task.class, "IntensifySharing"), f.find(ReadinessStage.class, "Vigilance"),
				f.find(ReadinessStage.class, "DefenseOperations")));
		return ops;
	}
}
