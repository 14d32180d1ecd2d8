package org.allianceplanner.validation.coverage;

import static org.allianceplanner.validation.coverage.Clause.Status.ENFORCED;
import static org.allianceplanner.validation.coverage.Clause.Status.NOT_PLANNABLE;
import static org.allianceplanner.validation.coverage.Clause.Status.PLANNABLE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every clause of the Guidelines and every item of the Annex that coverage reports on, in document order, with
 * the reason for each clause a plan cannot implement.
 */
public final class ClauseCatalog {

	private static final Map<String, Clause> CLAUSES = new LinkedHashMap<>();

	static {
		notPlannable("I", "The aim of the Guidelines",
				"states the aim of the Guidelines; there is nothing for a plan to carry out");
		enforced("II.1", "Security Treaty and the alliance framework remain unchanged", "PREMISE-TREATY-UNCHANGED");
		enforced("II.2", "Constitution, exclusively defense-oriented policy, three non-nuclear principles",
				"PREMISE-DEFENSIVE, PREMISE-NONNUCLEAR, PREMISE-SIASJ-NONCOMBAT");
		enforced("II.3", "Consistency with international law and the Charter of the United Nations",
				"PREMISE-INTL-LAW-SANCTIONS, PREMISE-INTL-LAW-CONSENT");
		enforced("II.4", "No obligation of legislative, budgetary or administrative measures; Japanese law",
				"PREMISE-NO-OBLIGATION, PREMISE-JAPANESE-LAW");
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

		annex("Annex.Relief.1", "Transportation of personnel and supplies to the affected area");
		annex("Annex.Relief.2", "Medical services, communications and transportation in the affected area");
		annex("Annex.Relief.3", "Relief and transfer operations for refugees, and provision of emergency materials to refugees");
		annex("Annex.SAR.1", "Search and rescue operations in Japanese territory and at sea around Japan and information sharing");
		annex("Annex.NEO.1", "Information sharing, and communication with and assembly and transportation of noncombatants");
		annex("Annex.NEO.2", "Use of SDF facilities and civilian airports and ports by U.S. aircraft and vessels for transportation of noncombatants");
		annex("Annex.NEO.3", "Customs, immigration and quarantine of noncombatants upon entry into Japan");
		annex("Annex.NEO.4", "Assistance to noncombatants in temporary accommodations, transportation and medical services in Japan");
		annex("Annex.Sanctions.1", "Inspection of ships based on United Nations Security Council resolutions");
		annex("Annex.Sanctions.2", "Information sharing");
		annex("Annex.Facilities.1", "Use of SDF facilities and civilian airports and ports for supplies by U.S. aircraft and vessels");
		annex("Annex.Facilities.2", "Reservation of spaces for loading/unloading and of storage areas");
		annex("Annex.Facilities.3", "Extension of operating hours for SDF facilities and civilian airports and ports");
		annex("Annex.Facilities.4", "Use of SDF airfields by U.S. aircraft");
		annex("Annex.Facilities.5", "Provision of training and exercise areas");
		annex("Annex.Facilities.6", "Construction of offices, accommodations, etc., inside U.S. facilities and areas");
		annex("Annex.RAS.Supply.1", "Provision of materials (except weapons and ammunition) and POL to U.S. aircraft and vessels");
		annex("Annex.RAS.Supply.2", "Provision of materials (except weapons and ammunition) and POL to U.S. facilities and areas");
		annex("Annex.RAS.Transportation.1", "Land, sea and air transportation inside Japan of personnel, materials and POL");
		annex("Annex.RAS.Transportation.2", "Sea transportation to U.S. vessels on the high seas of personnel, materials and POL");
		annex("Annex.RAS.Transportation.3", "Use of vehicles and cranes for transportation of personnel, materials and POL");
		annex("Annex.RAS.Maintenance.1", "Repair and maintenance of U.S. aircraft, vessels and vehicles");
		annex("Annex.RAS.Maintenance.2", "Provision of repair parts");
		annex("Annex.RAS.Maintenance.3", "Temporary provision of tools and materials for maintenance");
		annex("Annex.RAS.Medical.1", "Medical treatment of casualties inside Japan");
		annex("Annex.RAS.Medical.2", "Transportation of casualties inside Japan");
		annex("Annex.RAS.Medical.3", "Provision of medical supply");
		annex("Annex.RAS.Security.1", "Security of U.S. facilities and areas");
		annex("Annex.RAS.Security.2", "Seas surveillance around U.S. facilities and areas");
		annex("Annex.RAS.Security.3", "Security of transportation routes inside Japan");
		annex("Annex.RAS.Security.4", "Information and intelligence sharing");
		annex("Annex.RAS.Communications.1", "Provision of frequencies and equipment for communications");
		annex("Annex.RAS.Others.1", "Support for port entry/exit by U.S. vessels");
		annex("Annex.RAS.Others.2", "Loading/unloading of materials at SDF facilities and civilian airports and ports");
		annex("Annex.RAS.Others.3", "Sewage disposal, water supply, and electricity inside U.S. facilities and areas");
		annex("Annex.RAS.Others.4", "Temporary increase of workers at U.S. facilities and areas");
		annex("Annex.Surveillance.1", "Intelligence sharing");
		annex("Annex.Minesweeping.1", "Minesweeping operations in Japanese territory and on the high seas around Japan");
		annex("Annex.SeaAirspace.1", "Maritime traffic coordination in and around Japan");
		annex("Annex.SeaAirspace.2", "Air traffic control and airspace management in and around Japan");
	}

	private ClauseCatalog() {
	}

	private static void plannable(String id, String title) {
		CLAUSES.put(id, new Clause(id, title, PLANNABLE, null));
	}

	private static void annex(String id, String title) {
		plannable(id, title);
	}

	private static void enforced(String id, String title, String rules) {
		CLAUSES.put(id, new Clause(id, title, ENFORCED, "a premise, enforced by the rules " + rules));
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
