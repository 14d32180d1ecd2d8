package org.allianceplanner.testing;

import static org.allianceplanner.testing.PlanBuilder.F;
import static org.allianceplanner.testing.PlanBuilder.assign;
import static org.allianceplanner.testing.PlanBuilder.mark;
import static org.allianceplanner.testing.PlanBuilder.titled;

import java.util.List;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.BodyKind;
import org.allianceplanner.model.guidelines.Clause;
import org.allianceplanner.model.guidelines.ClauseLevel;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.GuidelinesDocument;
import org.allianceplanner.model.guidelines.GuidelinesFactory;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.Classification;
import org.allianceplanner.model.plan.CommonProcedure;
import org.allianceplanner.model.plan.CommonProcedureKind;
import org.allianceplanner.model.plan.Concurrence;
import org.allianceplanner.model.plan.CoordinationCenter;
import org.allianceplanner.model.plan.LegalBasis;
import org.allianceplanner.model.plan.Milestone;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.Plan;
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
 * A plan whose elements carry every security marking, for the audience editions of the documents. Each
 * withheld element's title is a unique word ({@code JPNONLY...}, {@code USONLY...}, {@code UNMARKED...}) that
 * tests search for in the extracted text of every generated file.
 */
public final class MarkedPlans {

	/** Titles only the Japan edition may contain. */
	public static final List<String> JAPAN_ONLY = List.of("JPNONLYKestrelTask", "JPNONLYHarborArea",
			"JPNONLYLiaisonDesk", "JPNONLYPrefectureOffice", "JPNONLYStageNotes");
	/** Titles only the United States edition may contain. */
	public static final List<String> US_ONLY = List.of("USONLYOspreyTask", "USONLYCarrierGroup", "USONLYFuelDepot",
			"USONLYRoleNote");
	/** Titles no edition may contain (classified, releasability not marked anywhere up the chain). */
	public static final List<String> UNMARKED = List.of("UNMARKEDSecretCache");
	/** Titles every edition contains. */
	public static final List<String> SHARED = List.of("Counter air attack", "Protect sea lines",
			"Bilateral coordination center Yokota");

	private static final GuidelinesFactory G = GuidelinesFactory.eINSTANCE;

	private MarkedPlans() {
	}

	/** A small Guidelines document: sections II and IV with a few clauses. */
	public static GuidelinesDocument guidelines() {
		GuidelinesDocument doc = G.createGuidelinesDocument();
		doc.setTitle("The Guidelines for Japan-U.S. Defense Cooperation");
		doc.setDate("1997-09-23");
		Clause two = clause("II", "Basic Premises and Principles", "The Guidelines and programs under the Guidelines are consistent with the following basic premises and principles.");
		two.getClauses().add(clause("II.1", "", "The rights and obligations under the Treaty ... will remain unchanged."));
		two.getClauses().add(clause("II.2", "", "Japan will conduct all its actions within the limitations of its Constitution."));
		Clause four = clause("IV", "Actions in Response to an Armed Attack against Japan", "Bilateral actions in response to an armed attack against Japan remain a core aspect.");
		four.getClauses().add(clause("IV.2(2)a", "Operations to Counter Air Attack against Japan",
				"The Self-Defense Forces will have primary responsibility for conducting operations for air defense."));
		four.getClauses().add(clause("IV.2(2)b", "Operations to Defend Surrounding Waters", "The Self-Defense Forces will have primary responsibility for the protection of major ports and straits."));
		doc.getSections().add(two);
		doc.getSections().add(four);
		return doc;
	}

	private static Clause clause(String number, String title, String text) {
		Clause c = G.createClause();
		c.setNumber(number);
		c.setName(number);
		c.setTitle(title);
		c.setText(text);
		c.setLevel(ClauseLevel.SECTION);
		return c;
	}

	/** The clause of that number in the document. */
	public static Clause find(GuidelinesDocument doc, String number) {
		var it = doc.eAllContents();
		while (it.hasNext()) {
			if (it.next() instanceof Clause c && number.equals(c.getNumber())) {
				return c;
			}
		}
		throw new IllegalArgumentException(number);
	}

	private static Party party(PlanBuilder plans, String name, String title, Government g, PartyKind kind) {
		return titled(plans.party(name, kind, g), title);
	}

	private static Task task(Plan plan, String name, String title, TaskKind kind, ReadinessStage... stages) {
		Task t = titled(PlanBuilder.task(plan, name, kind), title);
		t.getStages().addAll(List.of(stages));
		return t;
	}

	/** A bilateral defense plan with elements releasable to Japan only, the United States only, both, or unmarked. */
	public static PlanModel mixed() {
		GuidelinesDocument gl = guidelines();
		PlanBuilder plans = new PlanBuilder().named("mixed");
		PlanModel m = plans.model();
		Party jasdf = party(plans, "jasdf", "Air Self-Defense Force", Government.JAPAN, PartyKind.SDF_AIR);
		Party jmsdf = party(plans, "jmsdf", "Maritime Self-Defense Force", Government.JAPAN, PartyKind.SDF_MARITIME);
		Party pref = mark(party(plans, "prefecture", "JPNONLYPrefectureOffice", Government.JAPAN, PartyKind.LOCAL_AGENCY),
				Classification.CONFIDENTIAL, Releasability.RELEASABLE_TO_JAPAN);
		Party usaf = party(plans, "usaf", "U.S. Forces (air)", Government.UNITED_STATES, PartyKind.US_FORCES_AIR);
		Party carrier = mark(party(plans, "carrier", "USONLYCarrierGroup", Government.UNITED_STATES, PartyKind.US_FORCES_MARITIME),
				Classification.SECRET, Releasability.RELEASABLE_TO_US);
		for (Party p : List.of(jasdf, jmsdf, usaf)) {
			mark(p, Classification.UNCLASSIFIED, Releasability.RELEASABLE_TO_BOTH);
		}

		Area territory = titled(plans.area("territory", AreaKind.JAPANESE_TERRITORY),
				"Japanese territory and surrounding airspace");
		Area harbor = mark(titled(plans.area("harbor", AreaKind.SURROUNDING_WATERS), "JPNONLYHarborArea"),
				Classification.SECRET, Releasability.RELEASABLE_TO_JAPAN);
		LegalBasis sdfLaw = titled(plans.legalBasis("sdfLaw", LegalBasisKind.JAPANESE_LAW, "Art. 88"),
				"Self-Defense Forces Law");
		SupplyItem fuel = mark(titled(plans.supply("fuel", SupplyCategory.POL), "USONLYFuelDepot"),
				Classification.SECRET, Releasability.RELEASABLE_TO_US);
		SupplyItem cache = mark(titled(plans.supply("cache", SupplyCategory.MATERIALS), "UNMARKEDSecretCache"),
				Classification.TOP_SECRET, Releasability.UNSPECIFIED);

		BilateralDefensePlan plan = mark(titled(plans.defensePlan("DefensePlanAlpha", SituationKind.ARMED_ATTACK),
				"Bilateral Defense Plan Alpha"), Classification.CONFIDENTIAL, Releasability.RELEASABLE_TO_BOTH);
		plan.setDescription("Coordinated bilateral actions to repel an armed attack against Japan.");

		ReadinessStage stage1 = F.createReadinessStage();
		stage1.setName("stage1");
		stage1.setTitle("Increased readiness");
		stage1.setLevel(1);
		stage1.setSituation(SituationKind.ARMED_ATTACK_IMMINENT);
		for (ReadinessStandardKind k : ReadinessStandardKind.values()) {
			// Unnamed, as the language writes them: standard for movements: "..."
			ReadinessStandard s = F.createReadinessStandard();
			s.setKind(k);
			s.setDescription("Readiness of " + k.getLiteral().toLowerCase().replace('_', ' ') + " raised to stage 1.");
			stage1.getStandards().add(s);
		}
		ReadinessStandard secretStd = mark(F.createReadinessStandard(), Classification.SECRET, Releasability.RELEASABLE_TO_JAPAN);
		secretStd.setName("jpnStd");
		secretStd.setTitle("JPNONLYStageNotes");
		secretStd.setKind(ReadinessStandardKind.MOVEMENTS);
		stage1.getStandards().add(secretStd);
		for (Government g : Government.values()) {
			Concurrence c = F.createConcurrence();
			c.setGovernment(g);
			c.setAuthority(g == Government.JAPAN ? "Cabinet" : "Secretary of Defense");
			c.setDate("2026-01-10");
			stage1.getConcurrences().add(c);
		}
		ReadinessStage stage2 = F.createReadinessStage();
		stage2.setName("stage2");
		stage2.setTitle("Defense operations");
		stage2.setLevel(2);
		stage2.setSituation(SituationKind.ARMED_ATTACK);
		plan.getReadinessStages().add(stage2); // declared out of order: documents sort by level
		plan.getReadinessStages().add(stage1);

		CommonProcedure comms = F.createCommonProcedure();
		comms.setName("comms");
		comms.setTitle("Bilateral communications plan");
		comms.setKind(CommonProcedureKind.COMMUNICATIONS);
		comms.getParties().addAll(List.of(jasdf, usaf, carrier));
		plan.getProcedures().add(comms);

		Task air = task(plan, "airDefense", "Counter air attack", TaskKind.AIR_DEFENSE, stage1, stage2);
		air.getAreas().addAll(List.of(territory, harbor));
		air.getLegalBases().add(sdfLaw);
		air.getImplements().add(find(gl, "IV.2(2)a"));
		assign(air, jasdf, RoleKind.PRIMARY);
		assign(air, usaf, RoleKind.SUPPORT);
		assign(air, carrier, RoleKind.SUPPLEMENT);
		Assignment note = assign(air, usaf, RoleKind.SUPPLEMENT);
		mark(note, Classification.SECRET, Releasability.RELEASABLE_TO_US).setTitle("USONLYRoleNote");

		Task sea = task(plan, "seaLines", "Protect sea lines", TaskKind.PROTECTION_OF_SHIPS, stage2);
		sea.getImplements().add(find(gl, "IV.2(2)b"));
		sea.getSupplies().addAll(List.of(fuel, cache));
		assign(sea, jmsdf, RoleKind.PRIMARY);
		assign(sea, usaf, RoleKind.SUPPORT);
		assign(sea, pref, RoleKind.COOPERATION);

		Task kestrel = mark(task(plan, "kestrel", "JPNONLYKestrelTask", TaskKind.GUERRILLA_RESPONSE, stage2),
				Classification.SECRET, Releasability.RELEASABLE_TO_JAPAN);
		assign(kestrel, jasdf, RoleKind.PRIMARY);
		Task osprey = mark(task(plan, "osprey", "USONLYOspreyTask", TaskKind.REINFORCEMENT, stage1),
				Classification.TOP_SECRET, Releasability.RELEASABLE_TO_US);
		assign(osprey, usaf, RoleKind.PRIMARY);
		Task hidden = mark(task(plan, "unmarked", "UNMARKEDSecretCache", TaskKind.LOGISTICS_SUPPORT),
				Classification.SECRET, Releasability.UNSPECIFIED);
		assign(hidden, jasdf, RoleKind.PRIMARY);

		BilateralCoordinationMechanism bcm = titled(plans.coordinationMechanism("bcm", jasdf, jmsdf, usaf),
				"Bilateral coordination mechanism");
		plan.setCoordinatedThrough(bcm);
		PointOfContact poc = F.createPointOfContact();
		poc.setName("pocAir");
		poc.setTitle("ASDF operations desk");
		poc.setParty(jasdf);
		poc.setContact("ops-desk@example.invalid");
		bcm.getPointsOfContact().add(poc);
		var lo = mark(F.createLiaisonOfficer(), Classification.CONFIDENTIAL, Releasability.RELEASABLE_TO_JAPAN);
		lo.setName("loJ");
		lo.setTitle("JPNONLYLiaisonDesk");
		lo.setFrom(jasdf);
		lo.setTo(usaf);
		bcm.getLiaisonOfficers().add(lo);
		CoordinationCenter bcc = F.createCoordinationCenter();
		bcc.setName("bcc");
		bcc.setTitle("Bilateral coordination center Yokota");
		bcc.getParties().addAll(List.of(jasdf, usaf));
		bcm.setCoordinationCenter(bcc);

		Milestone ms = F.createMilestone();
		ms.setName("review");
		ms.setTitle("Plan review");
		ms.setDate("2026-03-01");
		ms.getReportsTo().addAll(List.of(BodyKind.SCC, BodyKind.SDC));
		plan.getMilestones().add(ms);
		return m;
	}
}
