package org.allianceplanner.docgen;

import java.util.List;

import org.allianceplanner.model.guidelines.Clause;
import org.allianceplanner.model.guidelines.ClauseLevel;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.GuidelinesDocument;
import org.allianceplanner.model.guidelines.GuidelinesFactory;
import org.allianceplanner.model.guidelines.SituationKind;
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
import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.PointOfContact;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.ReadinessStandard;
import org.allianceplanner.model.plan.ReadinessStandardKind;
import org.allianceplanner.model.plan.Releasability;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.SupplyItem;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.BodyKind;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.SupplyCategory;

/**
 * Plans built in code for the tests. The mixed plan carries every marking: each withheld element's title is
 * a unique word ({@code JPNONLY...}, {@code USONLY...}, {@code UNMARKED...}) that tests search for in the
 * extracted text of every generated file.
 */
final class TestPlans {

	static final PlanFactory P = PlanFactory.eINSTANCE;
	static final GuidelinesFactory G = GuidelinesFactory.eINSTANCE;

	/** Titles only the Japan edition may contain. */
	static final List<String> JAPAN_ONLY = List.of("JPNONLYKestrelTask", "JPNONLYHarborArea", "JPNONLYLiaisonDesk",
			"JPNONLYPrefectureOffice", "JPNONLYStageNotes");
	/** Titles only the United States edition may contain. */
	static final List<String> US_ONLY = List.of("USONLYOspreyTask", "USONLYCarrierGroup", "USONLYFuelDepot",
			"USONLYRoleNote");
	/** Titles no edition may contain (classified, releasability not marked anywhere up the chain). */
	static final List<String> UNMARKED = List.of("UNMARKEDSecretCache");
	/** Titles every edition contains. */
	static final List<String> SHARED = List.of("Counter air attack", "Protect sea lines", "Bilateral coordination center Yokota");

	private TestPlans() {
	}

	static GuidelinesDocument guidelines() {
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

	static Clause find(GuidelinesDocument doc, String number) {
		var it = doc.eAllContents();
		while (it.hasNext()) {
			if (it.next() instanceof Clause c && number.equals(c.getNumber())) {
				return c;
			}
		}
		throw new IllegalArgumentException(number);
	}

	static <T extends PlanElement> T mark(T e, Classification c, Releasability r) {
		e.setClassification(c);
		e.setReleasability(r);
		return e;
	}

	static Party party(PlanModel m, String name, String title, Government g, PartyKind kind) {
		Party p = P.createParty();
		p.setName(name);
		p.setTitle(title);
		p.setGovernment(g);
		p.setKind(kind);
		m.getParties().add(p);
		return p;
	}

	static Assignment assign(Task t, Party p, RoleKind role) {
		Assignment a = P.createAssignment();
		a.setParty(p);
		a.setRole(role);
		t.getAssignments().add(a);
		return a;
	}

	static Task task(Plan plan, String name, String title, TaskKind kind, ReadinessStage... stages) {
		Task t = P.createTask();
		t.setName(name);
		t.setTitle(title);
		t.setKind(kind);
		t.getStages().addAll(List.of(stages));
		plan.getTasks().add(t);
		return t;
	}

	/** A bilateral defense plan with elements releasable to Japan only, the United States only, both, or unmarked. */
	static PlanModel mixed() {
		GuidelinesDocument gl = guidelines();
		PlanModel m = P.createPlanModel();
		m.setName("mixed");
		Party jasdf = party(m, "jasdf", "Air Self-Defense Force", Government.JAPAN, PartyKind.SDF_AIR);
		Party jmsdf = party(m, "jmsdf", "Maritime Self-Defense Force", Government.JAPAN, PartyKind.SDF_MARITIME);
		Party pref = mark(party(m, "prefecture", "JPNONLYPrefectureOffice", Government.JAPAN, PartyKind.LOCAL_AGENCY),
				Classification.CONFIDENTIAL, Releasability.RELEASABLE_TO_JAPAN);
		Party usaf = party(m, "usaf", "U.S. Forces (air)", Government.UNITED_STATES, PartyKind.US_FORCES_AIR);
		Party carrier = mark(party(m, "carrier", "USONLYCarrierGroup", Government.UNITED_STATES, PartyKind.US_FORCES_MARITIME),
				Classification.SECRET, Releasability.RELEASABLE_TO_US);
		for (Party p : List.of(jasdf, jmsdf, usaf)) {
			mark(p, Classification.UNCLASSIFIED, Releasability.RELEASABLE_TO_BOTH);
		}

		Area territory = P.createArea();
		territory.setName("territory");
		territory.setTitle("Japanese territory and surrounding airspace");
		territory.setKind(AreaKind.JAPANESE_TERRITORY);
		m.getAreas().add(territory);
		Area harbor = mark(P.createArea(), Classification.SECRET, Releasability.RELEASABLE_TO_JAPAN);
		harbor.setName("harbor");
		harbor.setTitle("JPNONLYHarborArea");
		harbor.setKind(AreaKind.SURROUNDING_WATERS);
		m.getAreas().add(harbor);

		LegalBasis sdfLaw = P.createLegalBasis();
		sdfLaw.setName("sdfLaw");
		sdfLaw.setTitle("Self-Defense Forces Law");
		sdfLaw.setKind(LegalBasisKind.JAPANESE_LAW);
		sdfLaw.setReference("Art. 88");
		m.getLegalBases().add(sdfLaw);

		SupplyItem fuel = mark(P.createSupplyItem(), Classification.SECRET, Releasability.RELEASABLE_TO_US);
		fuel.setName("fuel");
		fuel.setTitle("USONLYFuelDepot");
		fuel.setCategory(SupplyCategory.POL);
		m.getSupplyItems().add(fuel);
		SupplyItem cache = mark(P.createSupplyItem(), Classification.TOP_SECRET, Releasability.UNSPECIFIED);
		cache.setName("cache");
		cache.setTitle("UNMARKEDSecretCache");
		cache.setCategory(SupplyCategory.MATERIALS);
		m.getSupplyItems().add(cache);

		BilateralDefensePlan plan = mark(P.createBilateralDefensePlan(), Classification.CONFIDENTIAL,
				Releasability.RELEASABLE_TO_BOTH);
		plan.setName("DefensePlanAlpha");
		plan.setTitle("Bilateral Defense Plan Alpha");
		plan.setDescription("Coordinated bilateral actions to repel an armed attack against Japan.");
		plan.getSituations().add(SituationKind.ARMED_ATTACK);
		m.getPlans().add(plan);

		ReadinessStage stage1 = P.createReadinessStage();
		stage1.setName("stage1");
		stage1.setTitle("Increased readiness");
		stage1.setLevel(1);
		stage1.setSituation(SituationKind.ARMED_ATTACK_IMMINENT);
		for (ReadinessStandardKind k : ReadinessStandardKind.values()) {
			// Unnamed, as the language writes them: standard for movements: "..."
			ReadinessStandard s = P.createReadinessStandard();
			s.setKind(k);
			s.setDescription("Readiness of " + k.getLiteral().toLowerCase().replace('_', ' ') + " raised to stage 1.");
			stage1.getStandards().add(s);
		}
		ReadinessStandard secretStd = mark(P.createReadinessStandard(), Classification.SECRET, Releasability.RELEASABLE_TO_JAPAN);
		secretStd.setName("jpnStd");
		secretStd.setTitle("JPNONLYStageNotes");
		secretStd.setKind(ReadinessStandardKind.MOVEMENTS);
		stage1.getStandards().add(secretStd);
		for (Government g : Government.values()) {
			Concurrence c = P.createConcurrence();
			c.setGovernment(g);
			c.setAuthority(g == Government.JAPAN ? "Cabinet" : "Secretary of Defense");
			c.setDate("2026-01-10");
			stage1.getConcurrences().add(c);
		}
		ReadinessStage stage2 = P.createReadinessStage();
		stage2.setName("stage2");
		stage2.setTitle("Defense operations");
		stage2.setLevel(2);
		stage2.setSituation(SituationKind.ARMED_ATTACK);
		plan.getReadinessStages().add(stage2); // declared out of order: documents sort by level
		plan.getReadinessStages().add(stage1);

		CommonProcedure comms = P.createCommonProcedure();
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

		BilateralCoordinationMechanism bcm = P.createBilateralCoordinationMechanism();
		bcm.setName("bcm");
		bcm.setTitle("Bilateral coordination mechanism");
		bcm.getParticipants().addAll(List.of(jasdf, jmsdf, usaf));
		m.getMechanisms().add(bcm);
		plan.setCoordinatedThrough(bcm);
		PointOfContact poc = P.createPointOfContact();
		poc.setName("pocAir");
		poc.setTitle("ASDF operations desk");
		poc.setParty(jasdf);
		poc.setContact("ops-desk@example.invalid");
		bcm.getPointsOfContact().add(poc);
		var lo = mark(P.createLiaisonOfficer(), Classification.CONFIDENTIAL, Releasability.RELEASABLE_TO_JAPAN);
		lo.setName("loJ");
		lo.setTitle("JPNONLYLiaisonDesk");
		lo.setFrom(jasdf);
		lo.setTo(usaf);
		bcm.getLiaisonOfficers().add(lo);
		CoordinationCenter bcc = P.createCoordinationCenter();
		bcc.setName("bcc");
		bcc.setTitle("Bilateral coordination center Yokota");
		bcc.getParties().addAll(List.of(jasdf, usaf));
		bcm.setCoordinationCenter(bcc);

		Milestone ms = P.createMilestone();
		ms.setName("review");
		ms.setTitle("Plan review");
		ms.setDate("2026-03-01");
		ms.getReportsTo().addAll(List.of(BodyKind.SCC, BodyKind.SDC));
		plan.getMilestones().add(ms);
		return m;
	}
}
