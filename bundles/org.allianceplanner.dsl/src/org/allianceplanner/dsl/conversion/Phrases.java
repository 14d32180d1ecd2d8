package org.allianceplanner.dsl.conversion;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The words a plan writes for each value of the metamodel's enumerations ("primary responsibility",
 * "rear area support"). The grammar's phrase rules spell the same words (a test checks that every
 * phrase parses back to its value); documents use them too, so a plan and its documents speak alike.
 */
public final class Phrases {

	private static final Map<String, Map<Enumerator, String>> BY_RULE = new LinkedHashMap<>();

	static {
		Map<Enumerator, String> government = new LinkedHashMap<>();
		government.put(org.allianceplanner.model.guidelines.Government.JAPAN, "Japan");
		government.put(org.allianceplanner.model.guidelines.Government.UNITED_STATES, "United States");
		BY_RULE.put("Government", government);
		Map<Enumerator, String> partyKind = new LinkedHashMap<>();
		partyKind.put(org.allianceplanner.model.plan.PartyKind.SELF_DEFENSE_FORCES, "Self-Defense Forces");
		partyKind.put(org.allianceplanner.model.plan.PartyKind.SDF_GROUND, "Ground Self-Defense Force");
		partyKind.put(org.allianceplanner.model.plan.PartyKind.SDF_MARITIME, "Maritime Self-Defense Force");
		partyKind.put(org.allianceplanner.model.plan.PartyKind.SDF_AIR, "Air Self-Defense Force");
		partyKind.put(org.allianceplanner.model.plan.PartyKind.US_FORCES, "U.S. Forces");
		partyKind.put(org.allianceplanner.model.plan.PartyKind.US_FORCES_GROUND, "U.S. ground forces");
		partyKind.put(org.allianceplanner.model.plan.PartyKind.US_FORCES_MARITIME, "U.S. maritime forces");
		partyKind.put(org.allianceplanner.model.plan.PartyKind.US_FORCES_AIR, "U.S. air forces");
		partyKind.put(org.allianceplanner.model.plan.PartyKind.CENTRAL_AGENCY, "central government agency");
		partyKind.put(org.allianceplanner.model.plan.PartyKind.LOCAL_AGENCY, "local government agency");
		partyKind.put(org.allianceplanner.model.plan.PartyKind.PRIVATE_SECTOR, "private sector");
		BY_RULE.put("PartyKind", partyKind);
		Map<Enumerator, String> situationKind = new LinkedHashMap<>();
		situationKind.put(org.allianceplanner.model.guidelines.SituationKind.NORMAL_CIRCUMSTANCES, "normal circumstances");
		situationKind.put(org.allianceplanner.model.guidelines.SituationKind.ARMED_ATTACK_IMMINENT, "armed attack imminent");
		situationKind.put(org.allianceplanner.model.guidelines.SituationKind.ARMED_ATTACK, "armed attack");
		situationKind.put(org.allianceplanner.model.guidelines.SituationKind.SIASJ_ANTICIPATED, "SIASJ anticipated");
		situationKind.put(org.allianceplanner.model.guidelines.SituationKind.SIASJ_RESPONSE, "SIASJ");
		BY_RULE.put("SituationKind", situationKind);
		Map<Enumerator, String> roleKind = new LinkedHashMap<>();
		roleKind.put(org.allianceplanner.model.guidelines.RoleKind.PRIMARY, "primary responsibility");
		roleKind.put(org.allianceplanner.model.guidelines.RoleKind.SUPPORT, "support");
		roleKind.put(org.allianceplanner.model.guidelines.RoleKind.SUPPLEMENT, "supplement");
		roleKind.put(org.allianceplanner.model.guidelines.RoleKind.COOPERATION, "cooperation");
		BY_RULE.put("RoleKind", roleKind);
		Map<Enumerator, String> contributionKind = new LinkedHashMap<>();
		contributionKind.put(org.allianceplanner.model.plan.ContributionKind.INTELLIGENCE, "intelligence");
		contributionKind.put(org.allianceplanner.model.plan.ContributionKind.STRIKE_POWER, "strike power");
		contributionKind.put(org.allianceplanner.model.plan.ContributionKind.MOBILITY, "mobility");
		contributionKind.put(org.allianceplanner.model.plan.ContributionKind.REINFORCEMENTS, "reinforcements");
		contributionKind.put(org.allianceplanner.model.plan.ContributionKind.LOGISTICS, "logistics");
		contributionKind.put(org.allianceplanner.model.plan.ContributionKind.TRANSPORTATION, "transportation");
		contributionKind.put(org.allianceplanner.model.plan.ContributionKind.MEDICAL_SERVICES, "medical services");
		contributionKind.put(org.allianceplanner.model.plan.ContributionKind.FACILITIES, "facilities");
		contributionKind.put(org.allianceplanner.model.plan.ContributionKind.OTHER, "other contribution");
		BY_RULE.put("ContributionKind", contributionKind);
		Map<Enumerator, String> areaKind = new LinkedHashMap<>();
		areaKind.put(org.allianceplanner.model.guidelines.AreaKind.JAPANESE_TERRITORY, "Japanese territory");
		areaKind.put(org.allianceplanner.model.guidelines.AreaKind.SURROUNDING_WATERS, "surrounding waters");
		areaKind.put(org.allianceplanner.model.guidelines.AreaKind.SURROUNDING_AIRSPACE, "surrounding airspace");
		areaKind.put(org.allianceplanner.model.guidelines.AreaKind.HIGH_SEAS_AROUND_JAPAN, "high seas around Japan");
		areaKind.put(org.allianceplanner.model.guidelines.AreaKind.INTERNATIONAL_AIRSPACE_AROUND_JAPAN, "international airspace around Japan");
		areaKind.put(org.allianceplanner.model.guidelines.AreaKind.THIRD_COUNTRY, "third country");
		areaKind.put(org.allianceplanner.model.guidelines.AreaKind.OPERATIONAL_AREA, "operational area");
		areaKind.put(org.allianceplanner.model.guidelines.AreaKind.AFFECTED_AREA, "affected area");
		areaKind.put(org.allianceplanner.model.guidelines.AreaKind.OTHER, "other area");
		BY_RULE.put("AreaKind", areaKind);
		Map<Enumerator, String> facilityKind = new LinkedHashMap<>();
		facilityKind.put(org.allianceplanner.model.plan.FacilityKind.SDF_FACILITY, "Self-Defense Forces facility");
		facilityKind.put(org.allianceplanner.model.plan.FacilityKind.US_FACILITY_AND_AREA, "U.S. facility and area");
		facilityKind.put(org.allianceplanner.model.plan.FacilityKind.CIVILIAN_AIRPORT, "civilian airport");
		facilityKind.put(org.allianceplanner.model.plan.FacilityKind.CIVILIAN_PORT, "civilian port");
		facilityKind.put(org.allianceplanner.model.plan.FacilityKind.TRAINING_AREA, "training area");
		facilityKind.put(org.allianceplanner.model.plan.FacilityKind.COORDINATION_CENTER, "coordination center facility");
		facilityKind.put(org.allianceplanner.model.plan.FacilityKind.OTHER, "other facility");
		BY_RULE.put("FacilityKind", facilityKind);
		Map<Enumerator, String> assetKind = new LinkedHashMap<>();
		assetKind.put(org.allianceplanner.model.plan.AssetKind.AIRCRAFT, "aircraft");
		assetKind.put(org.allianceplanner.model.plan.AssetKind.VESSEL, "vessel");
		assetKind.put(org.allianceplanner.model.plan.AssetKind.VEHICLE, "vehicle");
		assetKind.put(org.allianceplanner.model.plan.AssetKind.SYSTEM, "system");
		assetKind.put(org.allianceplanner.model.plan.AssetKind.EQUIPMENT, "equipment");
		assetKind.put(org.allianceplanner.model.plan.AssetKind.COMMUNICATIONS, "communications asset");
		assetKind.put(org.allianceplanner.model.plan.AssetKind.NUCLEAR_WEAPON, "nuclear weapon");
		assetKind.put(org.allianceplanner.model.plan.AssetKind.OTHER, "other asset");
		BY_RULE.put("AssetKind", assetKind);
		Map<Enumerator, String> origin = new LinkedHashMap<>();
		origin.put(org.allianceplanner.model.plan.Origin.US_ORIGIN, "U.S. origin");
		origin.put(org.allianceplanner.model.plan.Origin.JAPANESE_ORIGIN, "Japanese origin");
		origin.put(org.allianceplanner.model.plan.Origin.THIRD_COUNTRY_ORIGIN, "third-country origin");
		BY_RULE.put("Origin", origin);
		Map<Enumerator, String> supplyCategory = new LinkedHashMap<>();
		supplyCategory.put(org.allianceplanner.model.guidelines.SupplyCategory.MATERIALS, "materials");
		supplyCategory.put(org.allianceplanner.model.guidelines.SupplyCategory.POL, "POL");
		supplyCategory.put(org.allianceplanner.model.guidelines.SupplyCategory.MEDICAL_SUPPLY, "medical supply");
		supplyCategory.put(org.allianceplanner.model.guidelines.SupplyCategory.WEAPONS, "weapons");
		supplyCategory.put(org.allianceplanner.model.guidelines.SupplyCategory.AMMUNITION, "ammunition");
		supplyCategory.put(org.allianceplanner.model.guidelines.SupplyCategory.REPAIR_PARTS, "repair parts");
		supplyCategory.put(org.allianceplanner.model.guidelines.SupplyCategory.TOOLS, "tools");
		supplyCategory.put(org.allianceplanner.model.guidelines.SupplyCategory.EMERGENCY_MATERIALS, "emergency materials");
		supplyCategory.put(org.allianceplanner.model.guidelines.SupplyCategory.WATER, "water");
		supplyCategory.put(org.allianceplanner.model.guidelines.SupplyCategory.ELECTRICITY, "electricity");
		supplyCategory.put(org.allianceplanner.model.guidelines.SupplyCategory.COMMUNICATIONS_EQUIPMENT, "communications equipment");
		supplyCategory.put(org.allianceplanner.model.guidelines.SupplyCategory.NUCLEAR_WEAPONS, "nuclear weapons");
		supplyCategory.put(org.allianceplanner.model.guidelines.SupplyCategory.OTHER, "other supplies");
		BY_RULE.put("SupplyCategory", supplyCategory);
		Map<Enumerator, String> supportField = new LinkedHashMap<>();
		supportField.put(org.allianceplanner.model.guidelines.SupportField.SUPPLY, "supply");
		supportField.put(org.allianceplanner.model.guidelines.SupportField.TRANSPORTATION, "transportation");
		supportField.put(org.allianceplanner.model.guidelines.SupportField.MAINTENANCE, "maintenance");
		supportField.put(org.allianceplanner.model.guidelines.SupportField.FACILITIES, "facilities");
		supportField.put(org.allianceplanner.model.guidelines.SupportField.MEDICAL_SERVICES, "medical services");
		supportField.put(org.allianceplanner.model.guidelines.SupportField.SECURITY, "security");
		supportField.put(org.allianceplanner.model.guidelines.SupportField.COMMUNICATIONS, "communications");
		supportField.put(org.allianceplanner.model.guidelines.SupportField.OTHERS, "others");
		BY_RULE.put("SupportField", supportField);
		Map<Enumerator, String> legalBasisKind = new LinkedHashMap<>();
		legalBasisKind.put(org.allianceplanner.model.guidelines.LegalBasisKind.SECURITY_TREATY, "Security Treaty");
		legalBasisKind.put(org.allianceplanner.model.guidelines.LegalBasisKind.LOGISTIC_SUPPORT_AGREEMENT, "logistic support agreement");
		legalBasisKind.put(org.allianceplanner.model.guidelines.LegalBasisKind.MUTUAL_DEFENSE_ASSISTANCE_AGREEMENT, "Mutual Defense Assistance Agreement");
		legalBasisKind.put(org.allianceplanner.model.guidelines.LegalBasisKind.UN_SECURITY_COUNCIL_RESOLUTION, "UN Security Council resolution");
		legalBasisKind.put(org.allianceplanner.model.guidelines.LegalBasisKind.JAPANESE_LAW, "Japanese law");
		legalBasisKind.put(org.allianceplanner.model.guidelines.LegalBasisKind.UN_CHARTER, "UN Charter");
		legalBasisKind.put(org.allianceplanner.model.guidelines.LegalBasisKind.INTERNATIONAL_AGREEMENT, "international agreement");
		legalBasisKind.put(org.allianceplanner.model.guidelines.LegalBasisKind.UNITED_STATES_LAW, "U.S. law");
		legalBasisKind.put(org.allianceplanner.model.guidelines.LegalBasisKind.OTHER, "other basis");
		BY_RULE.put("LegalBasisKind", legalBasisKind);
		Map<Enumerator, String> classification = new LinkedHashMap<>();
		classification.put(org.allianceplanner.model.plan.Classification.UNCLASSIFIED, "unclassified");
		classification.put(org.allianceplanner.model.plan.Classification.CONFIDENTIAL, "confidential");
		classification.put(org.allianceplanner.model.plan.Classification.SECRET, "secret");
		classification.put(org.allianceplanner.model.plan.Classification.TOP_SECRET, "top secret");
		BY_RULE.put("Classification", classification);
		Map<Enumerator, String> releasability = new LinkedHashMap<>();
		releasability.put(org.allianceplanner.model.plan.Releasability.RELEASABLE_TO_JAPAN, "Japan only");
		releasability.put(org.allianceplanner.model.plan.Releasability.RELEASABLE_TO_US, "United States only");
		releasability.put(org.allianceplanner.model.plan.Releasability.RELEASABLE_TO_BOTH, "both Governments");
		BY_RULE.put("Releasability", releasability);
		Map<Enumerator, String> readinessStandardKind = new LinkedHashMap<>();
		readinessStandardKind.put(org.allianceplanner.model.plan.ReadinessStandardKind.INTELLIGENCE_ACTIVITIES, "intelligence activities");
		readinessStandardKind.put(org.allianceplanner.model.plan.ReadinessStandardKind.UNIT_ACTIVITIES, "unit activities");
		readinessStandardKind.put(org.allianceplanner.model.plan.ReadinessStandardKind.MOVEMENTS, "movements");
		readinessStandardKind.put(org.allianceplanner.model.plan.ReadinessStandardKind.LOGISTICS_SUPPORT, "logistics support");
		BY_RULE.put("ReadinessStandardKind", readinessStandardKind);
		Map<Enumerator, String> commonProcedureKind = new LinkedHashMap<>();
		commonProcedureKind.put(org.allianceplanner.model.plan.CommonProcedureKind.COMMUNICATIONS, "communications");
		commonProcedureKind.put(org.allianceplanner.model.plan.CommonProcedureKind.TARGET_INFORMATION, "transmission of target information");
		commonProcedureKind.put(org.allianceplanner.model.plan.CommonProcedureKind.INTELLIGENCE_ACTIVITIES, "intelligence activities");
		commonProcedureKind.put(org.allianceplanner.model.plan.CommonProcedureKind.LOGISTICS_SUPPORT, "logistics support");
		commonProcedureKind.put(org.allianceplanner.model.plan.CommonProcedureKind.FRATRICIDE_PREVENTION, "prevention of fratricide");
		commonProcedureKind.put(org.allianceplanner.model.plan.CommonProcedureKind.UNIT_OPERATIONS_CONTROL, "control of unit operations");
		commonProcedureKind.put(org.allianceplanner.model.plan.CommonProcedureKind.CE_INTEROPERABILITY, "communications and electronics interoperability");
		commonProcedureKind.put(org.allianceplanner.model.plan.CommonProcedureKind.ROLES_AND_MISSIONS, "roles and missions");
		commonProcedureKind.put(org.allianceplanner.model.plan.CommonProcedureKind.OTHER, "other procedure");
		BY_RULE.put("CommonProcedureKind", commonProcedureKind);
		Map<Enumerator, String> taskKind = new LinkedHashMap<>();
		taskKind.put(org.allianceplanner.model.plan.TaskKind.AIR_DEFENSE, "air defense");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.SEA_DEFENSE, "sea defense");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.PROTECTION_OF_PORTS_AND_STRAITS, "protection of ports and straits");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.PROTECTION_OF_SHIPS, "protection of ships");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.COUNTER_INVASION, "counter invasion");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.GUERRILLA_RESPONSE, "guerrilla response");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.BALLISTIC_MISSILE_RESPONSE, "ballistic missile response");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.STRIKE, "strike");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.REINFORCEMENT, "reinforcement");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.REINFORCEMENT_BASIS, "reinforcement basis");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.OPERATIONS_TO_RESTORE_PEACE, "operations to restore peace");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.INTELLIGENCE_GATHERING, "intelligence gathering");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.SURVEILLANCE, "surveillance");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.INTELLIGENCE_SHARING, "intelligence sharing");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.POLICY_CONSULTATION, "policy consultation");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.COMMAND_AND_COORDINATION, "command and coordination");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.COMMUNICATIONS_AND_ELECTRONICS, "communications and electronics");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.LOGISTICS_SUPPORT, "logistics support");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.SALVAGE_AND_RECOVERY, "salvage and recovery");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.FACILITY_PROVISION, "facility provision");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.JOINT_USE, "joint use");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.USE_OF_FACILITIES, "use of facilities");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.REAR_AREA_SUPPORT, "rear area support");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.RELIEF, "relief");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.REFUGEES, "refugees");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.SEARCH_AND_RESCUE, "search and rescue");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.NONCOMBATANT_EVACUATION, "noncombatant evacuation");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.SHIP_INSPECTION, "ship inspection");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.SANCTIONS_SUPPORT, "sanctions support");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.MINESWEEPING, "minesweeping");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.SEA_AND_AIRSPACE_MANAGEMENT, "sea and airspace management");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.EXERCISES_AND_TRAINING, "exercises and training");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.PEACEKEEPING, "peacekeeping");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.HUMANITARIAN_RELIEF, "humanitarian relief");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.SECURITY_DIALOGUE, "security dialogue");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.PRODUCTION, "production");
		taskKind.put(org.allianceplanner.model.plan.TaskKind.OTHER, "other task");
		BY_RULE.put("TaskKind", taskKind);
		Map<Enumerator, String> nationality = new LinkedHashMap<>();
		nationality.put(org.allianceplanner.model.plan.Nationality.JAPANESE, "Japanese nationals");
		nationality.put(org.allianceplanner.model.plan.Nationality.UNITED_STATES, "U.S. nationals");
		nationality.put(org.allianceplanner.model.plan.Nationality.THIRD_COUNTRY, "third-country nationals");
		BY_RULE.put("Nationality", nationality);
	}

	private Phrases() {
	}

	/** The grammar rule names that write enumeration values, each with its phrases. */
	public static Map<String, Map<Enumerator, String>> byRule() {
		return BY_RULE;
	}

	/** The phrase for a value; for a value without one (e.g. UNSPECIFIED), its name in lower case. */
	public static String of(Enumerator value) {
		if (value == null) {
			return "";
		}
		for (Map<Enumerator, String> phrases : BY_RULE.values()) {
			String phrase = phrases.get(value);
			if (phrase != null) {
				return phrase;
			}
		}
		return value.getName().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
	}
}
