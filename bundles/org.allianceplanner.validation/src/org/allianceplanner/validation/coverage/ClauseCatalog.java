package org.allianceplanner.validation.coverage;

import static org.allianceplanner.validation.coverage.Clause.Status.ENFORCED;
import static org.allianceplanner.validation.coverage.Clause.Status.NOT_PLANNABLE;
import static org.allianceplanner.validation.coverage.Clause.Status.PLANNABLE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.allianceplanner.validation.Rule;

/**
 * Every clause of the Guidelines and every item of the Annex that coverage reports on, in document order, with
 * the reason for each clause a plan cannot implement. Which rules enforce a premise is not repeated here: it
 * is read from the {@link Rule} catalog, the one place that maps rules to clauses.
 */
public final class ClauseCatalog {

	private static final Map<String, Clause> CLAUSES = new LinkedHashMap<>();

	static {
		notPlannable("I", "The aim of the Guidelines",
				"states the aim of the Guidelines; there is nothing for a plan to carry out");
		enforced("II.1", "Security Treaty and the alliance framework remain unchanged");
		enforced("II.2", "Constitution, exclusively defense-oriented policy, three non-nuclear principles");
		enforced("II.3", "Consistency with international law and the Charter of the United Nations");
		enforced("II.4", "No obligation of legislative, budgetary or administrative measures; Japanese law");
		plannable("III", "Cooperation under normal circumstances (security arrangements, mutual support activities)");
		plannable("III.1", "Information sharing and policy consultations");
		plannable("III.2", "Various types of security cooperation (peacekeeping, humanitarian and emergency relief)");
		plannable("III.3", "Bilateral programs (planning, exercises and training, bilateral coordination mechanism)");
		plannable("IV.1", "When an armed attack against Japan is imminent");
		plannable("IV.2(1)a", "Japan's primary responsibility to repel an armed attack");
		plannable("IV.2(1)b", "Coordinated joint operations of the respective Forces");
		plannable("IV.2(1)c", "U.S. reinforcements and Japan's basis for them");
		plannable("IV.2(2)a", "Operations to counter air attack against Japan");
		plannable("IV.2(2)b", "Operations to defend surrounding waters and to protect sea lines of communication");
		plannable("IV.2(2)c", "Operations to counter airborne and seaborne invasions of Japan");
		plannable("IV.2(2)d.i", "Guerrilla-commando type and other unconventional attacks");
		plannable("IV.2(2)d.ii", "Ballistic missile attack");
		plannable("IV.2(3)a", "Command and coordination");
		plannable("IV.2(3)b", "Bilateral coordination mechanism (in an armed attack)");
		plannable("IV.2(3)c", "Communications and electronics");
		plannable("IV.2(3)d", "Intelligence activities");
		plannable("IV.2(3)e.i", "Supply");
		plannable("IV.2(3)e.ii", "Transportation");
		plannable("IV.2(3)e.iii", "Maintenance");
		plannable("IV.2(3)e.iv", "Facilities");
		plannable("IV.2(3)e.v", "Medical services");
		notPlannable("V", "Situations in areas surrounding Japan: the concept",
				"defines the concept (situational, not geographic); plans implement V.1 and V.2");
		plannable("V.1", "When a situation in areas surrounding Japan is anticipated");
		plannable("V.2(1)a", "Relief activities and measures to deal with refugees");
		plannable("V.2(1)b", "Search and rescue");
		plannable("V.2(1)c", "Noncombatant evacuation operations");
		plannable("V.2(1)d", "Activities for ensuring the effectiveness of economic sanctions");
		plannable("V.2(2)a", "Use of facilities");
		plannable("V.2(2)b", "Rear area support");
		plannable("V.2(3)", "U.S.-Japan operational cooperation");
		plannable("VI.1", "Comprehensive mechanism; reporting to the SCC and the SDC");
		plannable("VI.1(1)", "Bilateral defense planning and mutual cooperation planning");
		plannable("VI.1(2)", "Common standards for preparations; readiness stages");
		plannable("VI.1(3)", "Common procedures");
		plannable("VI.2", "Bilateral coordination mechanism");
		notPlannable("VII", "Timely and appropriate review of the Guidelines",
				"concerns the Governments' review of the Guidelines themselves, not any plan under them");

		// The Annex, one row per field of cooperation: a plan covers a row with any task of that field
		// (the items of a row are examples, not a checklist).
		annex("Annex.1.a", "Relief activities and measures to deal with refugees");
		annex("Annex.1.b", "Search and rescue");
		annex("Annex.1.c", "Noncombatant evacuation operations");
		annex("Annex.1.d", "Activities for ensuring the effectiveness of economic sanctions");
		annex("Annex.2.a", "Use of facilities");
		annex("Annex.2.b.i", "Rear area support: supply");
		annex("Annex.2.b.ii", "Rear area support: transportation");
		annex("Annex.2.b.iii", "Rear area support: maintenance");
		annex("Annex.2.b.iv", "Rear area support: medical services");
		annex("Annex.2.b.v", "Rear area support: security");
		annex("Annex.2.b.vi", "Rear area support: communications");
		annex("Annex.2.b.vii", "Rear area support: others");
		annex("Annex.3.a", "U.S.-Japan operational cooperation: surveillance");
		annex("Annex.3.b", "U.S.-Japan operational cooperation: minesweeping");
		annex("Annex.3.c", "U.S.-Japan operational cooperation: sea and airspace management");
	}

	private ClauseCatalog() {
	}

	private static void plannable(String id, String title) {
		CLAUSES.put(id, new Clause(id, title, PLANNABLE, null));
	}

	private static void annex(String id, String title) {
		plannable(id, title);
	}

	/** A premise: the rules that enforce it are those of the {@link Rule} catalog that cite the clause. */
	private static void enforced(String id, String title) {
		String rules = Arrays.stream(Rule.values()).filter(r -> cites(r, id)).map(Rule::id)
				.collect(Collectors.joining(", "));
		if (rules.isEmpty()) {
			throw new IllegalStateException("No rule of the catalog cites the premise " + id);
		}
		CLAUSES.put(id, new Clause(id, title, ENFORCED, "a premise, enforced by the rules " + rules));
	}

	/** Whether a rule's clause list ({@code II.2, IV.2(2)a-b}) names the clause. */
	private static boolean cites(Rule rule, String id) {
		return Arrays.stream(rule.clause().split(",")).map(ClauseCatalog::normalize).anyMatch(id::equals);
	}

	private static void notPlannable(String id, String title, String reason) {
		CLAUSES.put(id, new Clause(id, title, NOT_PLANNABLE, reason));
	}

	/** All clauses and Annex items, in document order. */
	public static List<Clause> all() {
		return Collections.unmodifiableList(new ArrayList<>(CLAUSES.values()));
	}

	/** The clause with this ID (normalized: spaces removed), or null. */
	public static Clause byId(String id) {
		return id == null ? null : CLAUSES.get(normalize(id));
	}

	/** Clause IDs are compared without spaces, so {@code IV.2 (2) a} and {@code IV.2(2)a} are the same. */
	public static String normalize(String id) {
		return id.replace(" ", "");
	}
}
