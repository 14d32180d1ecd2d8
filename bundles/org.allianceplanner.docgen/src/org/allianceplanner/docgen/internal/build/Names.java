package org.allianceplanner.docgen.internal.build;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import org.allianceplanner.model.guidelines.Clause;
import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.plan.PlanElement;

/** How plan elements, Guidelines clauses and enumeration values are named in documents. */
public final class Names {

	/** Enumeration values the Guidelines name in their own words (the rest are spelled out from the literal). */
	private static final Map<String, String> WORDS = Map.ofEntries(
			Map.entry("NORMAL_CIRCUMSTANCES", "normal circumstances"),
			Map.entry("ARMED_ATTACK_IMMINENT", "armed attack against Japan imminent"),
			Map.entry("ARMED_ATTACK", "armed attack against Japan"),
			Map.entry("SIASJ_ANTICIPATED", "situation in areas surrounding Japan anticipated"),
			Map.entry("SIASJ_RESPONSE", "response to a situation in areas surrounding Japan"),
			Map.entry("PRIMARY", "primary responsibility"),
			Map.entry("JAPAN", "Japan"),
			Map.entry("UNITED_STATES", "United States"),
			Map.entry("SELF_DEFENSE_FORCES", "Self-Defense Forces"),
			Map.entry("SDF_GROUND", "Ground Self-Defense Force"),
			Map.entry("SDF_MARITIME", "Maritime Self-Defense Force"),
			Map.entry("SDF_AIR", "Air Self-Defense Force"),
			Map.entry("US_FORCES", "U.S. Forces"),
			Map.entry("US_FORCES_GROUND", "U.S. Forces (ground)"),
			Map.entry("US_FORCES_MARITIME", "U.S. Forces (maritime)"),
			Map.entry("US_FORCES_AIR", "U.S. Forces (air)"),
			Map.entry("CENTRAL_AGENCY", "relevant agency (central government)"),
			Map.entry("LOCAL_AGENCY", "relevant agency (local government)"),
			Map.entry("PRIVATE_SECTOR", "private sector"),
			Map.entry("POL", "POL (petroleum, oil and lubricants)"),
			Map.entry("SECURITY_TREATY", "U.S.-Japan Security Treaty and its related arrangements"),
			Map.entry("LOGISTIC_SUPPORT_AGREEMENT", "Reciprocal Provision of Logistic Support agreement"),
			Map.entry("MUTUAL_DEFENSE_ASSISTANCE_AGREEMENT", "Mutual Defense Assistance Agreement"),
			Map.entry("UN_SECURITY_COUNCIL_RESOLUTION", "United Nations Security Council resolution"),
			Map.entry("UN_CHARTER", "Charter of the United Nations"),
			Map.entry("UNITED_STATES_LAW", "United States law"),
			Map.entry("JAPANESE_LAW", "Japanese law"),
			Map.entry("TARGET_INFORMATION", "transmission of target information"),
			Map.entry("FRATRICIDE_PREVENTION", "prevention of fratricide"),
			Map.entry("UNIT_OPERATIONS_CONTROL", "criteria for properly controlling respective unit operations"),
			Map.entry("CE_INTEROPERABILITY", "communications and electronics interoperability"),
			Map.entry("US_ORIGIN", "U.S. origin"),
			Map.entry("US_FACILITY_AND_AREA", "U.S. facility and area"),
			Map.entry("SDF_FACILITY", "SDF facility"),
			Map.entry("NONCOMBATANT_EVACUATION", "noncombatant evacuation operations"),
			Map.entry("SIASJ", "situation in areas surrounding Japan"),
			Map.entry("JAPANESE_TERRITORY", "Japanese territory"),
			Map.entry("SURROUNDING_WATERS", "waters surrounding Japan"),
			Map.entry("SURROUNDING_AIRSPACE", "airspace surrounding Japan"),
			Map.entry("HIGH_SEAS_AROUND_JAPAN", "high seas around Japan"),
			Map.entry("INTERNATIONAL_AIRSPACE_AROUND_JAPAN", "international airspace around Japan"),
			Map.entry("JAPANESE", "Japanese nationals"),
			Map.entry("THIRD_COUNTRY", "third country"));

	private Names() {
	}

	/** A plan element's title, else its name, else its type. */
	public static String of(EObject e) {
		if (e instanceof PlanElement pe) {
			if (pe.getTitle() != null && !pe.getTitle().isBlank()) {
				return pe.getTitle().strip();
			}
			if (pe.getName() != null && !pe.getName().isBlank()) {
				return pe.getName();
			}
		}
		if (e instanceof GuidelinesElement g) {
			return clause(g);
		}
		return e == null ? "" : e.eClass().getName();
	}

	/** The identifier an author gave the element (its name), else its title. */
	public static String id(PlanElement e) {
		return e.getName() != null && !e.getName().isBlank() ? e.getName() : of(e);
	}

	/**
	 * A Guidelines element's reference: its identifier ({@code IV.2(2)a}, {@code Annex.2.b.i}), else its
	 * local number, else its title.
	 */
	public static String clause(GuidelinesElement g) {
		if (g.getName() != null && !g.getName().isBlank()) {
			return g.getName();
		}
		if (g instanceof Clause c && c.getNumber() != null && !c.getNumber().isBlank()) {
			return c.getNumber();
		}
		return nonNull(g.getTitle());
	}

	/** An enumeration value in words: the Guidelines' term where there is one, else the literal spelled out. */
	public static String word(Enumerator value) {
		if (value == null) {
			return "";
		}
		String w = WORDS.get(value.getName());
		if (w != null) {
			return w;
		}
		return value.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	public static String words(List<? extends Enumerator> values) {
		return values.stream().map(Names::word).collect(Collectors.joining(", "));
	}

	/** The names of elements, comma-separated. */
	public static String join(List<? extends EObject> elements) {
		return elements.stream().map(Names::of).collect(Collectors.joining(", "));
	}

	public static String nonNull(String s) {
		return s == null ? "" : s.strip();
	}

	/** A sentence-case first letter, for enumeration words that start a heading. */
	public static String capitalized(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
