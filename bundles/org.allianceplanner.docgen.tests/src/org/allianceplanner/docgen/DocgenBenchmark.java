package org.allianceplanner.docgen;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.Clause;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.GuidelinesDocument;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.Classification;
import org.allianceplanner.model.plan.CommonProcedure;
import org.allianceplanner.model.plan.CommonProcedureKind;
import org.allianceplanner.model.plan.LegalBasis;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.PointOfContact;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.ReadinessStandard;
import org.allianceplanner.model.plan.ReadinessStandardKind;
import org.allianceplanner.model.plan.Releasability;
import org.allianceplanner.model.plan.SupplyItem;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;

/**
 * Benchmark (not a unit test): every output, in every format, for a synthetic plan of 10,000 tasks, one
 * audience. Prints wall time and peak heap. Run with {@code benchmark.sh} in this bundle (see
 * docs/PERFORMANCE.md); arguments: {@code [tasks] [output folder]}.
 */
public final class DocgenBenchmark {

	private DocgenBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("docgen-benchmark");
		PlanModel model = synthetic(tasks);
		long start = System.nanoTime();
		GenerationResult result = new PlanDocumentGenerator().generate(List.of(model),
				GeneratorOptions.builder(out).audience(Audience.BOTH).date(Instant.parse("2026-01-01T00:00:00Z"))
						.overwriteForeignFiles(true).build(),
				FindingsSource.NOT_SUPPLIED, CoverageSource.fromTraceability());
		double seconds = (System.nanoTime() - start) / 1e9;
		long bytes;
		try (Stream<Path> s = Files.walk(out)) {
			bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
		System.out.printf(Locale.ROOT, "tasks=%d files=%d size=%.1f MiB time=%.2f s peakHeap=%.0f MiB maxHeap=%.0f MiB out=%s%n",
				tasks, result.written().size(), bytes / 1048576.0, seconds, peakHeap() / 1048576.0,
				Runtime.getRuntime().maxMemory() / 1048576.0, out);
	}

	/** The sum of the heap pools' peak usage since the JVM started. */
	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	/**
	 * A plan the size of a theater-level one: 12 parties down to agencies, 5 readiness stages, 60 areas, 200
	 * supply items, 10,000 tasks with three roles, two stages, two areas, supply and a legal basis each, one
	 * task in ten releasable to one Government only.
	 */
	static PlanModel synthetic(int taskCount) {
		GuidelinesDocument gl = TestPlans.guidelines();
		List<Clause> clauses = new ArrayList<>();
		gl.eAllContents().forEachRemaining(e -> {
			if (e instanceof Clause c) {
				clauses.add(c);
			}
		});
		PlanModel m = TestPlans.P.createPlanModel();
		m.setName("synthetic");
		PartyKind[] jp = { PartyKind.SDF_GROUND, PartyKind.SDF_MARITIME, PartyKind.SDF_AIR, PartyKind.CENTRAL_AGENCY,
				PartyKind.LOCAL_AGENCY, PartyKind.PRIVATE_SECTOR };
		PartyKind[] us = { PartyKind.US_FORCES, PartyKind.US_FORCES_GROUND, PartyKind.US_FORCES_MARITIME,
				PartyKind.US_FORCES_AIR, PartyKind.US_FORCES, PartyKind.US_FORCES };
		List<Party> parties = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			parties.add(TestPlans.party(m, "jp" + i, "Japanese party " + i, Government.JAPAN, jp[i]));
			parties.add(TestPlans.party(m, "us" + i, "U.S. party " + i, Government.UNITED_STATES, us[i]));
		}
		List<Area> areas = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			Area a = TestPlans.P.createArea();
			a.setName("area" + i);
			a.setTitle("Area " + i);
			a.setKind(AreaKind.values()[i % AreaKind.values().length]);
			m.getAreas().add(a);
			areas.add(a);
		}
		List<SupplyItem> supplies = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			SupplyItem s = TestPlans.P.createSupplyItem();
			s.setName("supply" + i);
			s.setTitle("Supply item " + i);
			s.setCategory(SupplyCategory.values()[i % 5]);
			s.setQuantity(i + " t");
			m.getSupplyItems().add(s);
			supplies.add(s);
		}
		List<LegalBasis> bases = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			LegalBasis b = TestPlans.P.createLegalBasis();
			b.setName("law" + i);
			b.setTitle("Legal basis " + i);
			b.setKind(LegalBasisKind.values()[i % LegalBasisKind.values().length]);
			m.getLegalBases().add(b);
			bases.add(b);
		}
		BilateralDefensePlan plan = TestPlans.mark(TestPlans.P.createBilateralDefensePlan(), Classification.CONFIDENTIAL,
				Releasability.RELEASABLE_TO_BOTH);
		plan.setName("SyntheticPlan");
		plan.setTitle("Synthetic bilateral defense plan");
		plan.getSituations().add(SituationKind.ARMED_ATTACK);
		m.getPlans().add(plan);
		List<ReadinessStage> stages = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			ReadinessStage s = TestPlans.P.createReadinessStage();
			s.setName("stage" + i);
			s.setTitle("Readiness stage " + i);
			s.setLevel(i);
			s.setSituation(i < 3 ? SituationKind.ARMED_ATTACK_IMMINENT : SituationKind.ARMED_ATTACK);
			for (ReadinessStandardKind k : ReadinessStandardKind.values()) {
				ReadinessStandard std = TestPlans.P.createReadinessStandard();
				std.setName("std" + i + k.getValue());
				std.setKind(k);
				s.getStandards().add(std);
			}
			plan.getReadinessStages().add(s);
			stages.add(s);
		}
		for (CommonProcedureKind k : CommonProcedureKind.values()) {
			CommonProcedure p = TestPlans.P.createCommonProcedure();
			p.setName("proc" + k.getValue());
			p.setKind(k);
			p.getParties().addAll(parties.subList(0, 4));
			plan.getProcedures().add(p);
		}
		for (int i = 0; i < taskCount; i++) {
			Task t = TestPlans.task(plan, "task" + i, "Task number " + i + " of the synthetic plan",
					TaskKind.values()[i % 20], stages.get(i % 5), stages.get((i + 1) % 5));
			t.setDescription("Synthetic task " + i + ": coordinated action with supporting parties.");
			t.getAreas().add(areas.get(i % areas.size()));
			t.getAreas().add(areas.get((i * 7) % areas.size()));
			t.getSupplies().add(supplies.get(i % supplies.size()));
			t.getLegalBases().add(bases.get(i % bases.size()));
			t.getImplements().add(clauses.get(i % clauses.size()));
			TestPlans.assign(t, parties.get(i % 12), RoleKind.PRIMARY);
			TestPlans.assign(t, parties.get((i + 1) % 12), RoleKind.SUPPORT);
			TestPlans.assign(t, parties.get((i + 5) % 12), RoleKind.COOPERATION);
			if (i % 10 == 0) {
				TestPlans.mark(t, Classification.SECRET,
						i % 20 == 0 ? Releasability.RELEASABLE_TO_JAPAN : Releasability.RELEASABLE_TO_US);
			}
		}
		BilateralCoordinationMechanism bcm = TestPlans.P.createBilateralCoordinationMechanism();
		bcm.setName("bcm");
		bcm.getParticipants().addAll(parties);
		for (Party p : parties) {
			PointOfContact poc = TestPlans.P.createPointOfContact();
			poc.setName("poc-" + p.getName());
			poc.setParty(p);
			poc.setContact(p.getName() + "@example.invalid");
			bcm.getPointsOfContact().add(poc);
		}
		m.getMechanisms().add(bcm);
		plan.setCoordinatedThrough(bcm);
		return m;
	}
}
