package org.allianceplanner.validation;

import static org.allianceplanner.validation.Severity.ERROR;
import static org.allianceplanner.validation.Severity.WARNING;

import java.util.HashMap;
import java.util.Map;

/**
 * The rule catalog: every rule of the Guidelines that the validators enforce (those of docs/RULES.md), in one
 * place. Its ID, clause, default severity, title and help drive the checks, the settings file, the reports
 * (SARIF rule metadata), the coverage catalog's premises and the documentation; it is the only map from rules
 * to clauses. IDs are stable: never rename one, add a new one instead.
 */
public enum Rule {
	// Premises (Section II)
	PREMISE_DEFENSIVE("PREMISE-DEFENSIVE", "II.2, IV.2(2)a-b", ERROR, Category.PREMISES,
			"No offensive strike task for Japan",
			"Japan keeps an exclusively defense-oriented policy. A Japanese party (Self-Defense Forces, relevant agency, "
					+ "private-sector asset) never holds a strike task; strike power is a U.S. Forces role that supplements "
					+ "the Self-Defense Forces."),
	PREMISE_NONNUCLEAR("PREMISE-NONNUCLEAR", "II.2", ERROR, Category.PREMISES,
			"Three non-nuclear principles",
			"No task or item of cooperation gives Japan nuclear weapons, has Japan produce them, or introduces them "
					+ "into Japan."),
	PREMISE_SIASJ_NONCOMBAT("PREMISE-SIASJ-NONCOMBAT", "II.2, V.2(3)", ERROR, Category.PREMISES,
			"No combat operations for the SDF in a situation in areas surrounding Japan",
			"In a situation in areas surrounding Japan the Self-Defense Forces do intelligence gathering, surveillance, "
					+ "minesweeping, search and rescue, evacuation, relief, ship inspection and rear area support; never "
					+ "combat operations (strike, air defense, invasion response and the like)."),
	PREMISE_INTL_LAW_SANCTIONS("PREMISE-INTL-LAW-SANCTIONS", "II.3, V.2(1)d", ERROR, Category.PREMISES,
			"Ship inspection rests on a UN Security Council resolution",
			"An inspection of ships for ensuring the effectiveness of economic sanctions cites the United Nations "
					+ "Security Council resolution it is based on."),
	PREMISE_INTL_LAW_CONSENT("PREMISE-INTL-LAW-CONSENT", "II.3, V.2(1)a", ERROR, Category.PREMISES,
			"Relief activities have the consent of the affected area",
			"Each Government conducts relief activities with the consent and cooperation of the authorities in the "
					+ "affected area: a relief task records that consent."),
	PREMISE_NO_OBLIGATION("PREMISE-NO-OBLIGATION", "II.4", WARNING, Category.PREMISES,
			"Plans do not oblige legislative, budgetary or administrative measures",
			"The Guidelines and programs under them do not obligate either Government to take legislative, budgetary "
					+ "or administrative measures. A plan item may recommend such a measure, never oblige it."),
	PREMISE_JAPANESE_LAW("PREMISE-JAPANESE-LAW", "II.4", WARNING, Category.PREMISES,
			"Japanese tasks name their legal basis",
			"All actions taken by Japan are consistent with its laws and regulations then in effect: a task held by a "
					+ "Japanese party names the Japanese law it acts under."),
	PREMISE_TREATY_UNCHANGED("PREMISE-TREATY-UNCHANGED", "II.1", ERROR, Category.PREMISES,
			"Facility provision and joint use cite the Security Treaty",
			"Additional facilities and areas, temporary use and joint use of facilities are provided in accordance with "
					+ "the U.S.-Japan Security Treaty and its related arrangements (IV.2(3)e.iv, V.2(2)a): such a task "
					+ "cites the Treaty."),

	// Roles in an armed attack against Japan (Section IV)
	ROLE_JAPAN_PRIMARY("ROLE-JAPAN-PRIMARY", "IV.2(1)a", ERROR, Category.ROLES,
			"Japan holds primary responsibility to repel an armed attack",
			"When an armed attack against Japan takes place, Japan has primary responsibility to repel it and the "
					+ "United States provides appropriate support: no U.S. party holds primary responsibility for "
					+ "repelling the attack, and a task that repels it has a Japanese party with primary responsibility."),
	ROLE_AIR_DEFENSE("ROLE-AIR-DEFENSE", "IV.2(2)a", ERROR, Category.ROLES,
			"Air defense: SDF primary",
			"In operations to counter air attack the Self-Defense Forces have primary responsibility for air defense; "
					+ "U.S. Forces support and supplement them."),
	ROLE_SEA_DEFENSE("ROLE-SEA-DEFENSE", "IV.2(2)b", ERROR, Category.ROLES,
			"Protection of ports, straits and ships: SDF primary",
			"The Self-Defense Forces have primary responsibility for the protection of major ports and straits in Japan "
					+ "and of ships in surrounding waters; U.S. Forces support and supplement."),
	ROLE_INVASION("ROLE-INVASION", "IV.2(2)c", ERROR, Category.ROLES,
			"Airborne and seaborne invasions: SDF primary",
			"The Self-Defense Forces have primary responsibility to check and repel airborne and seaborne invasions; "
					+ "U.S. Forces supplement them and the United States introduces reinforcements."),
	ROLE_GUERRILLA("ROLE-GUERRILLA", "IV.2(2)d.i", ERROR, Category.ROLES,
			"Guerrilla-commando attacks: SDF primary with relevant agencies",
			"The Self-Defense Forces have primary responsibility to check and repel guerrilla-commando type and other "
					+ "unconventional attacks, cooperating and coordinating closely with relevant agencies."),
	ROLE_BMD("ROLE-BMD", "IV.2(2)d.ii", WARNING, Category.ROLES,
			"Ballistic missile attack: both cooperate, U.S. provides intelligence",
			"U.S. Forces and the Self-Defense Forces cooperate and coordinate closely to respond to a ballistic missile "
					+ "attack; U.S. Forces provide Japan with necessary intelligence."),
	ROLE_REINFORCEMENT_BASIS("ROLE-REINFORCEMENT-BASIS", "IV.2(1)c, IV.1", WARNING, Category.ROLES,
			"Japan maintains the basis for U.S. reinforcements",
			"Where the United States introduces reinforcements, Japan establishes and maintains the basis to "
					+ "facilitate these deployments: the plan has a Japanese task to do so."),
	ROLE_LOGISTICS("ROLE-LOGISTICS", "IV.2(3)e.i, e.iii", WARNING, Category.ROLES,
			"Supply and maintenance responsibilities",
			"The United States supports the acquisition of supplies for systems of U.S. origin, Japan the acquisition "
					+ "of supplies in Japan. Japan supports maintenance of U.S. Forces' equipment in Japan; the United "
					+ "States maintains items of U.S. origin beyond Japanese maintenance capabilities."),

	// Situations in areas surrounding Japan (Section V and Annex)
	SIASJ_REFUGEES("SIASJ-REFUGEES", "V.2(1)a", ERROR, Category.SIASJ,
			"Refugee flows into Japan: Japan primary",
			"When there is a flow of refugees into Japanese territory, Japan decides how to respond and has primary "
					+ "responsibility; the United States provides appropriate support."),
	SIASJ_SAR_AREA("SIASJ-SAR-AREA", "V.2(1)b", ERROR, Category.SIASJ,
			"Where each Government conducts search and rescue",
			"Japan conducts search and rescue in Japanese territory and at sea around Japan, distinguished from areas "
					+ "where combat operations are being conducted; the United States conducts search and rescue in and "
					+ "near its operational areas."),
	SIASJ_NEO_OWN_NATIONALS("SIASJ-NEO-OWN-NATIONALS", "V.2(1)c", ERROR, Category.SIASJ,
			"Each Government evacuates its own nationals",
			"Each Government is responsible for evacuating its own nationals from a third country. Evacuation "
					+ "assistance to third-country nationals is optional and on each country's own terms."),
	SIASJ_REAR_AREA_LOCATION("SIASJ-REAR-AREA-LOCATION", "V.2(2)b", ERROR, Category.SIASJ,
			"Where rear area support is provided",
			"Rear area support is provided primarily in Japanese territory; it may also be provided on the high seas "
					+ "and in international airspace around Japan, distinguished from areas where combat operations are "
					+ "being conducted."),
	SIASJ_NO_WEAPONS_SUPPLY("SIASJ-NO-WEAPONS-SUPPLY", "Annex, V.2(2)b", ERROR, Category.SIASJ,
			"Rear area support supplies no weapons or ammunition",
			"Rear area supply provides materials (except weapons and ammunition) and POL; it never supplies weapons "
					+ "or ammunition."),
	SIASJ_MINESWEEPING_AREA("SIASJ-MINESWEEPING-AREA", "V.2(3), Annex", ERROR, Category.SIASJ,
			"Where the SDF sweep mines",
			"Self-Defense Forces minesweeping is conducted in Japanese territory and on the high seas around Japan."),

	// Planning and coordination (Sections III, IV.1, V.1, VI)
	PLAN_READINESS_MUTUAL("PLAN-READINESS-MUTUAL", "IV.1, V.1, VI.1(2)", ERROR, Category.PLANNING,
			"Readiness stages are selected by mutual agreement",
			"A common readiness stage is selected by mutual agreement: both the Government of Japan and the Government "
					+ "of the United States concur in its selection."),
	PLAN_STANDARDS_COMPLETE("PLAN-STANDARDS-COMPLETE", "VI.1(2)", WARNING, Category.PLANNING,
			"Readiness stage standards are complete",
			"Common standards address intelligence activities, unit activities, movements and logistics support in "
					+ "each readiness stage."),
	PLAN_PROCEDURES_COMPLETE("PLAN-PROCEDURES-COMPLETE", "VI.1(3)", WARNING, Category.PLANNING,
			"Common procedures are complete",
			"A bilateral defense plan has common procedures for communications, transmission of target information, "
					+ "intelligence activities, logistics support and prevention of fratricide, and criteria for "
					+ "controlling unit operations."),
	PLAN_BCM_EARLY("PLAN-BCM-EARLY", "IV.1, V.1", WARNING, Category.PLANNING,
			"The bilateral coordination mechanism starts early",
			"When an armed attack is imminent or a situation in areas surrounding Japan is anticipated, the two "
					+ "Governments initiate at an early stage the operation of the bilateral coordination mechanism: the "
					+ "plan starts it at that stage."),
	PLAN_CONSISTENT("PLAN-CONSISTENT", "VI.1(1)", ERROR, Category.PLANNING,
			"Bilateral defense and mutual cooperation plans are consistent",
			"A bilateral defense plan and a mutual cooperation plan that can run at once (a situation in areas "
					+ "surrounding Japan developing into, or occurring with, an armed attack) do not commit the same unit, "
					+ "facility or asset to different tasks in overlapping readiness stages."),
	PLAN_INTEL_SECURITY("PLAN-INTEL-SECURITY", "IV.2(3)d", ERROR, Category.PLANNING,
			"Shared intelligence is protected",
			"Each Government is responsible for the security of shared intelligence: an intelligence product carries a "
					+ "classification and releasability and names the Government responsible for its security."),
	PLAN_REPORTING("PLAN-REPORTING", "VI.1", WARNING, Category.PLANNING,
			"Progress is reported to the SCC and the SDC",
			"Progress and results of bilateral work are reported at significant milestones to the SCC and the SDC."),
	PLAN_COMPREHENSIVE_AGENCIES("PLAN-COMPREHENSIVE-AGENCIES", "VI.1", WARNING, Category.PLANNING,
			"The comprehensive mechanism involves relevant agencies",
			"The comprehensive mechanism involves not only U.S. Forces and the Self-Defense Forces but also other "
					+ "relevant agencies of the respective Governments."),

	// Rules of the tool itself: suppressions must be honest.
	SUPPRESSION_REASON("SUPPRESSION-REASON", "-", ERROR, Category.TOOL,
			"A suppression records its reason",
			"A suppression switches a rule off for one element. It names the rule ID and a justification that a "
					+ "reviewer can read; a suppression without a reason is an error."),
	SUPPRESSION_UNKNOWN_RULE("SUPPRESSION-UNKNOWN-RULE", "-", WARNING, Category.TOOL,
			"A suppression names a known rule",
			"A suppression names a rule ID of the catalog; an unknown ID suppresses nothing.");

	/** Groups of rules, in the order of docs/RULES.md. */
	public enum Category {
		PREMISES("Premises (Section II)"), ROLES("Roles in an armed attack against Japan (Section IV)"),
		SIASJ("Situations in areas surrounding Japan (Section V and Annex)"),
		PLANNING("Planning and coordination (Sections III, IV.1, V.1, VI)"), TOOL("Suppressions");

		private final String title;

		Category(String title) {
			this.title = title;
		}

		public String title() {
			return title;
		}
	}

	private static final Map<String, Rule> BY_ID = new HashMap<>();
	static {
		for (Rule r : values()) {
			BY_ID.put(r.id, r);
		}
	}

	private final String id;
	private final String clause;
	private final Severity defaultSeverity;
	private final Category category;
	private final String title;
	private final String help;

	Rule(String id, String clause, Severity defaultSeverity, Category category, String title, String help) {
		this.id = id;
		this.clause = clause;
		this.defaultSeverity = defaultSeverity;
		this.category = category;
		this.title = title;
		this.help = help;
	}

	/** The stable rule ID, e.g. {@code PLAN-CONSISTENT}. */
	public String id() {
		return id;
	}

	/** The Guidelines clause(s) the rule comes from, in the document's own numbering. */
	public String clause() {
		return clause;
	}

	public Severity defaultSeverity() {
		return defaultSeverity;
	}

	public Category category() {
		return category;
	}

	public String title() {
		return title;
	}

	public String help() {
		return help;
	}

	/** The rule with this ID, or null. */
	public static Rule byId(String id) {
		return id == null ? null : BY_ID.get(id.trim());
	}
}
