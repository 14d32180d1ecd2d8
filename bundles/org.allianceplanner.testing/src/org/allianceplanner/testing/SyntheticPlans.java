package org.allianceplanner.testing;

import static org.allianceplanner.testing.PlanBuilder.F;
import static org.allianceplanner.testing.PlanBuilder.assign;
import static org.allianceplanner.testing.PlanBuilder.mark;
import static org.allianceplanner.testing.PlanBuilder.titled;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Synthetic plans of any size for the benchmarks, in two shapes: {@link #text} writes a valid bilateral
 * defense plan in the plan language (parties, areas, legal bases, readiness stages, common procedures, then
 * tasks that assign roles, cite clauses and refer to areas, stages and legal bases), {@link #model} builds a
 * theater-sized plan model with the EMF factory for the document generators.
 */
public final class SyntheticPlans {

	private static final String[][] KINDS = {
			{ "air defense", "IV.2(2)a", "JASDF", "FifthAirForce" },
			{ "sea defense", "IV.2(2)b", "JMSDF", "SeventhFleet" },
			{ "counter invasion", "IV.2(2)c", "JGSDF", "USARJ" },
			{ "guerrilla response", "IV.2(2)d.i", "JGSDF", "MOD" }, // with a relevant agency (ROLE-GUERRILLA)
			{ "logistics support (supply)", "IV.2(3)e.i", "MOD", "USFJ" },
			{ "logistics support (maintenance)", "IV.2(3)e.iii", "MOD", "USFJ" },
			{ "intelligence sharing", "IV.2(3)d", "JointStaff", "USFJ" },
			{ "surveillance", "IV.1", "JMSDF", "USFJ" } };

	private static final int AREAS = 20;
	private static final int STAGES = 5;

	private SyntheticPlans() {
	}

	/**
	 * The diagram benchmarks' input: {@code catalogue.alliance} with 20 parties and {@code plan.alliance} with
	 * {@code tasks} air defense tasks of two assignments each; its Responsibility diagram has 3 elements a task
	 * plus 22 ({@link #tasksForResponsibilityElements}).
	 */
	public static Map<String, String> responsibilityFiles(int tasks) {
		StringBuilder catalogue = new StringBuilder("package bench.cat\n");
		for (int p = 0; p < 20; p++) {
			catalogue.append(p % 2 == 0 ? "party J" + p + " \"Japanese party " + p + "\": Self-Defense Forces for Japan\n"
					: "party U" + p + " \"U.S. party " + p + "\": U.S. Forces for United States\n");
		}
		StringBuilder plan = new StringBuilder("package bench.ops\nimport bench.cat.*\n");
		plan.append("bilateral defense plan P \"Synthetic plan\" {\n");
		for (int t = 0; t < tasks; t++) {
			int j = (t % 10) * 2;
			plan.append("\ttask T").append(t).append(" \"Task ").append(t).append("\": air defense {\n")
					.append("\t\tJ").append(j).append(" primary responsibility\n")
					.append("\t\tU").append(j + 1).append(t % 3 == 0 ? " supplement\n" : " support\n")
					.append("\t}\n");
		}
		plan.append("}\n");
		Map<String, String> files = new LinkedHashMap<>();
		files.put("catalogue.alliance", catalogue.toString());
		files.put("plan.alliance", plan.toString());
		return files;
	}

	/** How many tasks {@link #responsibilityFiles} needs for a Responsibility diagram of about that many elements. */
	public static int tasksForResponsibilityElements(int elements) {
		return Math.max(1, (elements - 22) / 3);
	}

	/** The text of a {@code .alliance} file with that many tasks, which every rule accepts. */
	public static String text(int tasks) {
		StringBuilder out = new StringBuilder(tasks * 220 + 4096);
		out.append("// Synthetic plan with ").append(tasks).append(" tasks (benchmark input).\n");
		out.append("package bench.synthetic\n\n");
		String[][] parties = { { "JointStaff", "Self-Defense Forces for Japan" },
				{ "JGSDF", "Ground Self-Defense Force for Japan" }, { "JMSDF", "Maritime Self-Defense Force for Japan" },
				{ "JASDF", "Air Self-Defense Force for Japan" }, { "MOD", "central government agency for Japan" },
				{ "USFJ", "U.S. Forces for United States" }, { "USARJ", "U.S. ground forces for United States" },
				{ "SeventhFleet", "U.S. maritime forces for United States" },
				{ "FifthAirForce", "U.S. air forces for United States" } };
		for (String[] party : parties) {
			out.append("party ").append(party[0]).append(": ").append(party[1]).append('\n');
		}
		out.append('\n');
		for (int i = 1; i <= AREAS; i++) {
			out.append("area Area").append(i).append(" \"Sector ").append(i).append("\": Japanese territory\n");
		}
		out.append("\nlegal basis SDFLaw \"Self-Defense Forces Law\": Japanese law\n");
		out.append("\nbilateral defense plan Synthetic \"Synthetic plan\" {\n");
		out.append("\timplements IV, VI.1(1)\n");
		out.append("\tsituations armed attack\n");
		for (int s = 1; s <= STAGES; s++) {
			out.append("\n\treadiness stage Stage").append(s).append(" level ").append(s).append(" when armed attack {\n");
			out.append("\t\tstandard for intelligence activities: \"Intelligence standard ").append(s).append("\"\n");
			out.append("\t\tstandard for unit activities: \"Unit standard ").append(s).append("\"\n");
			out.append("\t\tstandard for movements: \"Movement standard ").append(s).append("\"\n");
			out.append("\t\tstandard for logistics support: \"Logistics standard ").append(s).append("\"\n");
			out.append("\t\tagreed by Japan\n\t\tagreed by United States\n\t}\n");
		}
		// what the rules of the Guidelines ask of a bilateral defense plan: the common procedures of VI.1(3)
		// and a milestone reported to the SCC and the SDC (VI.1); the stages are armed-attack stages, so the
		// plan applies to an armed attack only (PLAN-BCM-EARLY concerns the imminent stage)
		out.append('\n');
		String[][] procedures = { { "Communications", "communications" },
				{ "TargetInformation", "transmission of target information" },
				{ "IntelligenceProcedure", "intelligence activities" }, { "LogisticsProcedure", "logistics support" },
				{ "FratricidePrevention", "prevention of fratricide" },
				{ "UnitOperationsControl", "control of unit operations" } };
		for (String[] procedure : procedures) {
			out.append("\tcommon procedure ").append(procedure[0]).append(": ").append(procedure[1]).append('\n');
		}
		out.append("\tmilestone Review reports to SCC, SDC\n");
		for (int t = 1; t <= tasks; t++) {
			String[] kind = KINDS[t % KINDS.length];
			out.append("\n\ttask Task").append(t).append(" \"Synthetic task ").append(t).append("\": ").append(kind[0])
					.append(" {\n");
			out.append("\t\timplements ").append(kind[1]).append('\n');
			out.append("\t\t").append(kind[2]).append(" primary responsibility\n");
			out.append("\t\t").append(kind[3]).append(" support\n");
			out.append("\t\tin Area").append(1 + t % AREAS).append('\n');
			out.append("\t\tduring Stage").append(1 + t % STAGES).append('\n');
			out.append("\t\tunder SDFLaw\n");
			out.append("\t}\n");
		}
		out.append("}\n");
		return out.toString();
	}

	/**
	 * A plan the size of a theater-level one: 12 parties down to agencies, 5 readiness stages, 60 areas, 200
	 * supply items, {@code taskCount} tasks with three roles, two stages, two areas, supply and a legal basis each, one
	 * task in ten releasable to one Government only.
	 */
	public static PlanModel model(int taskCount) {
		GuidelinesDocument gl = MarkedPlans.guidelines();
		List<Clause> clauses = new ArrayList<>();
		gl.eAllContents().forEachRemaining(e -> {
			if (e instanceof Clause c) {
				clauses.add(c);
			}
		});
		PlanBuilder plans = new PlanBuilder().named("synthetic");
		PlanModel m = plans.model();
		PartyKind[] jp = { PartyKind.SDF_GROUND, PartyKind.SDF_MARITIME, PartyKind.SDF_AIR, PartyKind.CENTRAL_AGENCY,
				PartyKind.LOCAL_AGENCY, PartyKind.PRIVATE_SECTOR };
		PartyKind[] us = { PartyKind.US_FORCES, PartyKind.US_FORCES_GROUND, PartyKind.US_FORCES_MARITIME,
				PartyKind.US_FORCES_AIR, PartyKind.US_FORCES, PartyKind.US_FORCES };
		List<Party> parties = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			parties.add(titled(plans.party("jp" + i, jp[i], Government.JAPAN), "Japanese party " + i));
			parties.add(titled(plans.party("us" + i, us[i], Government.UNITED_STATES), "U.S. party " + i));
		}
		List<Area> areas = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			areas.add(titled(plans.area("area" + i, AreaKind.values()[i % AreaKind.values().length]), "Area " + i));
		}
		List<SupplyItem> supplies = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			SupplyItem s = titled(plans.supply("supply" + i, SupplyCategory.values()[i % 5]), "Supply item " + i);
			s.setQuantity(i + " t");
			supplies.add(s);
		}
		List<LegalBasis> bases = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			bases.add(titled(plans.legalBasis("law" + i, LegalBasisKind.values()[i % LegalBasisKind.values().length], null),
					"Legal basis " + i));
		}
		BilateralDefensePlan plan = mark(titled(plans.defensePlan("SyntheticPlan", SituationKind.ARMED_ATTACK),
				"Synthetic bilateral defense plan"), Classification.CONFIDENTIAL, Releasability.RELEASABLE_TO_BOTH);
		List<ReadinessStage> stages = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			ReadinessStage s = titled(PlanBuilder.stage(plan, "stage" + i, i,
					i < 3 ? SituationKind.ARMED_ATTACK_IMMINENT : SituationKind.ARMED_ATTACK), "Readiness stage " + i);
			for (ReadinessStandardKind k : ReadinessStandardKind.values()) {
				ReadinessStandard std = F.createReadinessStandard();
				std.setName("std" + i + k.getValue());
				std.setKind(k);
				s.getStandards().add(std);
			}
			stages.add(s);
		}
		for (CommonProcedureKind k : CommonProcedureKind.values()) {
			CommonProcedure p = F.createCommonProcedure();
			p.setName("proc" + k.getValue());
			p.setKind(k);
			p.getParties().addAll(parties.subList(0, 4));
			plan.getProcedures().add(p);
		}
		for (int i = 0; i < taskCount; i++) {
			Task t = titled(PlanBuilder.task(plan, "task" + i, TaskKind.values()[i % 20]),
					"Task number " + i + " of the synthetic plan");
			t.getStages().addAll(List.of(stages.get(i % 5), stages.get((i + 1) % 5)));
			t.setDescription("Synthetic task " + i + ": coordinated action with supporting parties.");
			t.getAreas().add(areas.get(i % areas.size()));
			t.getAreas().add(areas.get((i * 7) % areas.size()));
			t.getSupplies().add(supplies.get(i % supplies.size()));
			t.getLegalBases().add(bases.get(i % bases.size()));
			t.getImplements().add(clauses.get(i % clauses.size()));
			assign(t, parties.get(i % 12), RoleKind.PRIMARY);
			assign(t, parties.get((i + 1) % 12), RoleKind.SUPPORT);
			assign(t, parties.get((i + 5) % 12), RoleKind.COOPERATION);
			if (i % 10 == 0) {
				mark(t, Classification.SECRET,
						i % 20 == 0 ? Releasability.RELEASABLE_TO_JAPAN : Releasability.RELEASABLE_TO_US);
			}
		}
		BilateralCoordinationMechanism bcm = plans.coordinationMechanism("bcm", parties.toArray(Party[]::new));
		for (Party p : parties) {
			PointOfContact poc = F.createPointOfContact();
			poc.setName("poc-" + p.getName());
			poc.setParty(p);
			poc.setContact(p.getName() + "@example.invalid");
			bcm.getPointsOfContact().add(poc);
		}
		plan.setCoordinatedThrough(bcm);
		return m;
	}
}
