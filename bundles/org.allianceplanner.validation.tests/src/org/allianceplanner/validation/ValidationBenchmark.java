package org.allianceplanner.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.BodyKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.Concurrence;
import org.allianceplanner.model.plan.LegalBasis;
import org.allianceplanner.model.plan.Milestone;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.ReadinessStandard;
import org.allianceplanner.model.plan.ReadinessStandardKind;
import org.allianceplanner.model.plan.SupplyItem;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.model.plan.Unit;
import org.allianceplanner.validation.settings.ValidationSettings;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Times the validators on synthetic plans (not a unit test: run it with
 * {@code bundles/org.allianceplanner.validation.tests/benchmark.sh}). For each size N it builds two files, a
 * bilateral defense plan and a mutual cooperation plan of N/2 tasks each that can run at once, committing N/4
 * units to one task in each plan (about 1% of them to conflicting tasks), and reports the median of 5 runs of:
 * XMI load with proxy resolution (parse+link of the same model), all rules, and PLAN-CONSISTENT alone.
 */
public final class ValidationBenchmark {

	private static final PlanFactory F = PlanFactory.eINSTANCE;
	private static final TaskKind[] DEFENSE_KINDS = { TaskKind.AIR_DEFENSE, TaskKind.PROTECTION_OF_SHIPS,
			TaskKind.COUNTER_INVASION, TaskKind.LOGISTICS_SUPPORT, TaskKind.INTELLIGENCE_SHARING,
			TaskKind.COMMAND_AND_COORDINATION };
	private static final TaskKind[] COOPERATION_KINDS = { TaskKind.MINESWEEPING, TaskKind.REAR_AREA_SUPPORT,
			TaskKind.SEARCH_AND_RESCUE, TaskKind.SURVEILLANCE, TaskKind.NONCOMBATANT_EVACUATION, TaskKind.SHIP_INSPECTION };

	private ValidationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = args.length == 0 ? new int[] { 10_000, 50_000 } : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		Map<Rule, Severity> onlyConsistent = new EnumMap<>(Rule.class);
		for (Rule r : Rule.values()) {
			if (r != Rule.PLAN_CONSISTENT) {
				onlyConsistent.put(r, Severity.IGNORE);
			}
		}
		PlanValidator all = new PlanValidator();
		PlanValidator consistent = new PlanValidator(ValidationSettings.withOverrides(onlyConsistent));
		System.out.printf("%8s %12s %12s %10s %16s %10s%n", "tasks", "load ms", "validate ms", "ratio", "consistent ms",
				"findings");
		for (int n : sizes) {
			Path dir = Files.createTempDirectory("alliance-bench");
			List<URI> files = write(n, dir);
			long load = median(() -> {
				long t0 = System.nanoTime();
				load(files);
				return System.nanoTime() - t0;
			});
			ResourceSet rs = load(files);
			int[] findings = new int[1];
			long validate = median(() -> {
				long t0 = System.nanoTime();
				findings[0] = all.validate(rs).all().size();
				return System.nanoTime() - t0;
			});
			long cons = median(() -> {
				long t0 = System.nanoTime();
				consistent.validate(rs);
				return System.nanoTime() - t0;
			});
			System.out.printf("%8d %12.1f %12.1f %10.2f %16.1f %10d%n", n, load / 1e6, validate / 1e6,
					(double) validate / load, cons / 1e6, findings[0]);
			Map<Rule, Integer> byRule = new EnumMap<>(Rule.class);
			all.validate(rs).all().forEach(f -> byRule.merge(f.rule(), 1, Integer::sum));
			System.out.println("         findings by rule: " + byRule);
		}
	}

	private static long median(Supplier<Long> run) {
		for (int i = 0; i < 3; i++) {
			run.get(); // warm-up
		}
		long[] t = new long[5];
		for (int i = 0; i < t.length; i++) {
			t[i] = run.get();
		}
		Arrays.sort(t);
		return t[t.length / 2];
	}

	private static ResourceSet load(List<URI> files) {
		ResourceSet rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		for (URI u : files) {
			rs.getResource(u, true);
		}
		EcoreUtil.resolveAll(rs);
		return rs;
	}

	/** Writes the synthetic plans of n tasks as two XMI files. */
	static List<URI> write(int n, Path dir) throws Exception {
		ResourceSet rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		URI common = URI.createFileURI(dir.resolve("common.xmi").toString());
		URI defense = URI.createFileURI(dir.resolve("defense.xmi").toString());
		URI cooperation = URI.createFileURI(dir.resolve("cooperation.xmi").toString());
		Resource rc = rs.createResource(common);
		Resource rd = rs.createResource(defense);
		Resource rm = rs.createResource(cooperation);
		PlanModel shared = F.createPlanModel();
		rc.getContents().add(shared);
		Party jsdf = party(shared, "jsdf", PartyKind.SELF_DEFENSE_FORCES, Government.JAPAN);
		Party usf = party(shared, "usf", PartyKind.US_FORCES, Government.UNITED_STATES);
		Area japan = area(shared, "japan", AreaKind.JAPANESE_TERRITORY);
		Area seas = area(shared, "seas", AreaKind.HIGH_SEAS_AROUND_JAPAN);
		LegalBasis law = F.createLegalBasis();
		law.setName("sdfLaw");
		law.setKind(LegalBasisKind.JAPANESE_LAW);
		shared.getLegalBases().add(law);
		SupplyItem fuel = F.createSupplyItem();
		fuel.setName("fuel");
		fuel.setCategory(SupplyCategory.POL);
		shared.getSupplyItems().add(fuel);
		List<Unit> units = new ArrayList<>();
		for (int i = 0; i < n / 4; i++) {
			Unit u = F.createUnit();
			u.setName("unit" + i);
			u.setOwner(jsdf);
			shared.getResources().add(u);
			units.add(u);
		}
		PlanModel dm = F.createPlanModel();
		rd.getContents().add(dm);
		BilateralDefensePlan bdp = F.createBilateralDefensePlan();
		bdp.setName("bdp");
		bdp.getSituations().add(SituationKind.ARMED_ATTACK);
		dm.getPlans().add(bdp);
		PlanModel mm = F.createPlanModel();
		rm.getContents().add(mm);
		MutualCooperationPlan mcp = F.createMutualCooperationPlan();
		mcp.setName("mcp");
		mcp.getSituations().add(SituationKind.SIASJ_RESPONSE);
		mcp.getConcurrentWith().add(bdp);
		mm.getPlans().add(mcp);
		List<ReadinessStage> bStages = stages(bdp, SituationKind.ARMED_ATTACK);
		List<ReadinessStage> mStages = stages(mcp, SituationKind.SIASJ_RESPONSE);
		for (int i = 0; i < bStages.size(); i++) {
			mStages.get(i).getConcurrentWith().add(bStages.get(i));
		}
		for (int i = 0; i < n / 2; i++) {
			Unit unit = units.get(i % units.size());
			TaskKind dk = DEFENSE_KINDS[i % DEFENSE_KINDS.length];
			Task d = task(bdp, "d" + i, dk, jsdf, usf, law);
			d.getStages().add(bStages.get(i % bStages.size()));
			d.getAreas().add(japan);
			if (i < units.size()) {
				d.getUses().add(unit);
			}
			TaskKind mk = COOPERATION_KINDS[i % COOPERATION_KINDS.length];
			Task m = task(mcp, "m" + i, mk, jsdf, usf, law);
			// about 1% of the units meet their defense task in a concurrent stage: real conflicts to report
			m.getStages().add(mStages.get((i % 100 == 0 ? i : i + 1) % mStages.size()));
			m.getAreas().add(seas);
			if (mk == TaskKind.REAR_AREA_SUPPORT) {
				m.getSupplies().add(fuel);
			}
			if (i < units.size()) {
				m.getUses().add(unit);
			}
		}
		Map<Object, Object> options = Map.of();
		for (Resource r : List.of(rc, rd, rm)) {
			r.save(options);
		}
		return List.of(common, defense, cooperation);
	}

	private static Party party(PlanModel m, String name, PartyKind kind, Government g) {
		Party p = F.createParty();
		p.setName(name);
		p.setKind(kind);
		p.setGovernment(g);
		m.getParties().add(p);
		return p;
	}

	private static Area area(PlanModel m, String name, AreaKind kind) {
		Area a = F.createArea();
		a.setName(name);
		a.setKind(kind);
		m.getAreas().add(a);
		return a;
	}

	private static List<ReadinessStage> stages(Plan plan, SituationKind situation) {
		List<ReadinessStage> result = new ArrayList<>();
		for (int s = 0; s < 10; s++) {
			ReadinessStage st = F.createReadinessStage();
			st.setName(plan.getName() + "Stage" + s);
			st.setSituation(situation);
			for (ReadinessStandardKind k : ReadinessStandardKind.values()) {
				ReadinessStandard std = F.createReadinessStandard();
				std.setKind(k);
				st.getStandards().add(std);
			}
			for (Government g : Government.values()) {
				Concurrence c = F.createConcurrence();
				c.setGovernment(g);
				st.getConcurrences().add(c);
			}
			plan.getReadinessStages().add(st);
			result.add(st);
		}
		Milestone ms = F.createMilestone();
		ms.setName(plan.getName() + "Review");
		ms.getReportsTo().addAll(List.of(BodyKind.SCC, BodyKind.SDC));
		plan.getMilestones().add(ms);
		return result;
	}

	private static Task task(Plan plan, String name, TaskKind kind, Party jp, Party us, LegalBasis law) {
		Task t = F.createTask();
		t.setName(name);
		t.setKind(kind);
		t.getLegalBases().add(law);
		Assignment a = F.createAssignment();
		a.setParty(jp);
		a.setRole(RoleKind.PRIMARY);
		t.getAssignments().add(a);
		Assignment b = F.createAssignment();
		b.setParty(us);
		b.setRole(RoleKind.SUPPORT);
		t.getAssignments().add(b);
		plan.getTasks().add(t);
		return t;
	}
}
