package org.allianceplanner.model.wording;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.BodyKind;
import org.allianceplanner.model.guidelines.ClauseLevel;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.model.guidelines.SupportField;
import org.allianceplanner.model.plan.AssetKind;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.Classification;
import org.allianceplanner.model.plan.CommonProcedureKind;
import org.allianceplanner.model.plan.ContributionKind;
import org.allianceplanner.model.plan.FacilityKind;
import org.allianceplanner.model.plan.MeasureKind;
import org.allianceplanner.model.plan.Modality;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.Nationality;
import org.allianceplanner.model.plan.Origin;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.ReadinessStandardKind;
import org.allianceplanner.model.plan.Releasability;
import org.allianceplanner.model.plan.TaskKind;

/**
 * The words for every value of the metamodel's enumerations, the one table that the plan language, the
 * validation messages and the generated documents all use, so that a plan, its findings and its documents
 * speak alike. The language writes these very words (its phrase rules spell them, and the language's
 * value converter reads them back), so a wording changes together with the grammar.
 */
public final class Wording {

	private static final Map<Class<? extends Enumerator>, Map<Enumerator, String>> BY_ENUMERATION = new LinkedHashMap<>();

	static {
		put(Government.class,
				entry(Government.JAPAN, "Japan"),
				entry(Government.UNITED_STATES, "United States"));
		put(PartyKind.class,
				entry(PartyKind.SELF_DEFENSE_FORCES, "Self-Defense Forces"),
				entry(PartyKind.SDF_GROUND, "Ground Self-Defense Force"),
				entry(PartyKind.SDF_MARITIME, "Maritime Self-Defense Force"),
				entry(PartyKind.SDF_AIR, "Air Self-Defense Force"),
				entry(PartyKind.US_FORCES, "U.S. Forces"),
				entry(PartyKind.US_FORCES_GROUND, "U.S. ground forces"),
				entry(PartyKind.US_FORCES_MARITIME, "U.S. maritime forces"),
				entry(PartyKind.US_FORCES_AIR, "U.S. air forces"),
				entry(PartyKind.CENTRAL_AGENCY, "central government agency"),
				entry(PartyKind.LOCAL_AGENCY, "local government agency"),
				entry(PartyKind.PRIVATE_SECTOR, "private sector"));
		put(SituationKind.class,
				entry(SituationKind.NORMAL_CIRCUMSTANCES, "normal circumstances"),
				entry(SituationKind.ARMED_ATTACK_IMMINENT, "armed attack imminent"),
				entry(SituationKind.ARMED_ATTACK, "armed attack"),
				entry(SituationKind.SIASJ_ANTICIPATED, "SIASJ anticipated"),
				entry(SituationKind.SIASJ_RESPONSE, "SIASJ"));
		put(RoleKind.class,
				entry(RoleKind.PRIMARY, "primary responsibility"),
				entry(RoleKind.SUPPORT, "support"),
				entry(RoleKind.SUPPLEMENT, "supplement"),
				entry(RoleKind.COOPERATION, "cooperation"));
		put(ContributionKind.class,
				entry(ContributionKind.INTELLIGENCE, "intelligence"),
				entry(ContributionKind.STRIKE_POWER, "strike power"),
				entry(ContributionKind.MOBILITY, "mobility"),
				entry(ContributionKind.REINFORCEMENTS, "reinforcements"),
				entry(ContributionKind.LOGISTICS, "logistics"),
				entry(ContributionKind.TRANSPORTATION, "transportation"),
				entry(ContributionKind.MEDICAL_SERVICES, "medical services"),
				entry(ContributionKind.FACILITIES, "facilities"),
				entry(ContributionKind.OTHER, "other contribution"));
		put(AreaKind.class,
				entry(AreaKind.JAPANESE_TERRITORY, "Japanese territory"),
				entry(AreaKind.SURROUNDING_WATERS, "surrounding waters"),
				entry(AreaKind.SURROUNDING_AIRSPACE, "surrounding airspace"),
				entry(AreaKind.HIGH_SEAS_AROUND_JAPAN, "high seas around Japan"),
				entry(AreaKind.INTERNATIONAL_AIRSPACE_AROUND_JAPAN, "international airspace around Japan"),
				entry(AreaKind.THIRD_COUNTRY, "third country"),
				entry(AreaKind.OPERATIONAL_AREA, "operational area"),
				entry(AreaKind.AFFECTED_AREA, "affected area"),
				entry(AreaKind.OTHER, "other area"));
		put(FacilityKind.class,
				entry(FacilityKind.SDF_FACILITY, "Self-Defense Forces facility"),
				entry(FacilityKind.US_FACILITY_AND_AREA, "U.S. facility and area"),
				entry(FacilityKind.CIVILIAN_AIRPORT, "civilian airport"),
				entry(FacilityKind.CIVILIAN_PORT, "civilian port"),
				entry(FacilityKind.TRAINING_AREA, "training area"),
				entry(FacilityKind.COORDINATION_CENTER, "coordination center facility"),
				entry(FacilityKind.OTHER, "other facility"));
		put(AssetKind.class,
				entry(AssetKind.AIRCRAFT, "aircraft"),
				entry(AssetKind.VESSEL, "vessel"),
				entry(AssetKind.VEHICLE, "vehicle"),
				entry(AssetKind.SYSTEM, "system"),
				entry(AssetKind.EQUIPMENT, "equipment"),
				entry(AssetKind.COMMUNICATIONS, "communications asset"),
				entry(AssetKind.NUCLEAR_WEAPON, "nuclear weapon"),
				entry(AssetKind.OTHER, "other asset"));
		put(Origin.class,
				entry(Origin.UNSPECIFIED, "unspecified"),
				entry(Origin.US_ORIGIN, "U.S. origin"),
				entry(Origin.JAPANESE_ORIGIN, "Japanese origin"),
				entry(Origin.THIRD_COUNTRY_ORIGIN, "third-country origin"));
		put(SupplyCategory.class,
				entry(SupplyCategory.MATERIALS, "materials"),
				entry(SupplyCategory.POL, "POL"),
				entry(SupplyCategory.MEDICAL_SUPPLY, "medical supply"),
				entry(SupplyCategory.WEAPONS, "weapons"),
				entry(SupplyCategory.AMMUNITION, "ammunition"),
				entry(SupplyCategory.REPAIR_PARTS, "repair parts"),
				entry(SupplyCategory.TOOLS, "tools"),
				entry(SupplyCategory.EMERGENCY_MATERIALS, "emergency materials"),
				entry(SupplyCategory.WATER, "water"),
				entry(SupplyCategory.ELECTRICITY, "electricity"),
				entry(SupplyCategory.COMMUNICATIONS_EQUIPMENT, "communications equipment"),
				entry(SupplyCategory.NUCLEAR_WEAPONS, "nuclear weapons"),
				entry(SupplyCategory.OTHER, "other supplies"));
		put(SupportField.class,
				entry(SupportField.SUPPLY, "supply"),
				entry(SupportField.TRANSPORTATION, "transportation"),
				entry(SupportField.MAINTENANCE, "maintenance"),
				entry(SupportField.FACILITIES, "facilities"),
				entry(SupportField.MEDICAL_SERVICES, "medical services"),
				entry(SupportField.SECURITY, "security"),
				entry(SupportField.COMMUNICATIONS, "communications"),
				entry(SupportField.OTHERS, "others"));
		put(LegalBasisKind.class,
				entry(LegalBasisKind.SECURITY_TREATY, "Security Treaty"),
				entry(LegalBasisKind.LOGISTIC_SUPPORT_AGREEMENT, "logistic support agreement"),
				entry(LegalBasisKind.MUTUAL_DEFENSE_ASSISTANCE_AGREEMENT, "Mutual Defense Assistance Agreement"),
				entry(LegalBasisKind.UN_SECURITY_COUNCIL_RESOLUTION, "UN Security Council resolution"),
				entry(LegalBasisKind.JAPANESE_LAW, "Japanese law"),
				entry(LegalBasisKind.UN_CHARTER, "UN Charter"),
				entry(LegalBasisKind.INTERNATIONAL_AGREEMENT, "international agreement"),
				entry(LegalBasisKind.UNITED_STATES_LAW, "U.S. law"),
				entry(LegalBasisKind.OTHER, "other basis"));
		put(Classification.class,
				entry(Classification.UNSPECIFIED, "unspecified"),
				entry(Classification.UNCLASSIFIED, "unclassified"),
				entry(Classification.CONFIDENTIAL, "confidential"),
				entry(Classification.SECRET, "secret"),
				entry(Classification.TOP_SECRET, "top secret"));
		put(Releasability.class,
				entry(Releasability.UNSPECIFIED, "unspecified"),
				entry(Releasability.RELEASABLE_TO_JAPAN, "Japan only"),
				entry(Releasability.RELEASABLE_TO_US, "United States only"),
				entry(Releasability.RELEASABLE_TO_BOTH, "both Governments"));
		put(ReadinessStandardKind.class,
				entry(ReadinessStandardKind.INTELLIGENCE_ACTIVITIES, "intelligence activities"),
				entry(ReadinessStandardKind.UNIT_ACTIVITIES, "unit activities"),
				entry(ReadinessStandardKind.MOVEMENTS, "movements"),
				entry(ReadinessStandardKind.LOGISTICS_SUPPORT, "logistics support"));
		put(CommonProcedureKind.class,
				entry(CommonProcedureKind.COMMUNICATIONS, "communications"),
				entry(CommonProcedureKind.TARGET_INFORMATION, "transmission of target information"),
				entry(CommonProcedureKind.INTELLIGENCE_ACTIVITIES, "intelligence activities"),
				entry(CommonProcedureKind.LOGISTICS_SUPPORT, "logistics support"),
				entry(CommonProcedureKind.FRATRICIDE_PREVENTION, "prevention of fratricide"),
				entry(CommonProcedureKind.UNIT_OPERATIONS_CONTROL, "control of unit operations"),
				entry(CommonProcedureKind.CE_INTEROPERABILITY, "communications and electronics interoperability"),
				entry(CommonProcedureKind.ROLES_AND_MISSIONS, "roles and missions"),
				entry(CommonProcedureKind.OTHER, "other procedure"));
		put(TaskKind.class,
				entry(TaskKind.AIR_DEFENSE, "air defense"),
				entry(TaskKind.SEA_DEFENSE, "sea defense"),
				entry(TaskKind.PROTECTION_OF_PORTS_AND_STRAITS, "protection of ports and straits"),
				entry(TaskKind.PROTECTION_OF_SHIPS, "protection of ships"),
				entry(TaskKind.COUNTER_INVASION, "counter invasion"),
				entry(TaskKind.GUERRILLA_RESPONSE, "guerrilla response"),
				entry(TaskKind.BALLISTIC_MISSILE_RESPONSE, "ballistic missile response"),
				entry(TaskKind.STRIKE, "strike"),
				entry(TaskKind.REINFORCEMENT, "reinforcement"),
				entry(TaskKind.REINFORCEMENT_BASIS, "reinforcement basis"),
				entry(TaskKind.OPERATIONS_TO_RESTORE_PEACE, "operations to restore peace"),
				entry(TaskKind.INTELLIGENCE_GATHERING, "intelligence gathering"),
				entry(TaskKind.SURVEILLANCE, "surveillance"),
				entry(TaskKind.INTELLIGENCE_SHARING, "intelligence sharing"),
				entry(TaskKind.POLICY_CONSULTATION, "policy consultation"),
				entry(TaskKind.COMMAND_AND_COORDINATION, "command and coordination"),
				entry(TaskKind.COMMUNICATIONS_AND_ELECTRONICS, "communications and electronics"),
				entry(TaskKind.LOGISTICS_SUPPORT, "logistics support"),
				entry(TaskKind.SALVAGE_AND_RECOVERY, "salvage and recovery"),
				entry(TaskKind.FACILITY_PROVISION, "facility provision"),
				entry(TaskKind.JOINT_USE, "joint use"),
				entry(TaskKind.USE_OF_FACILITIES, "use of facilities"),
				entry(TaskKind.REAR_AREA_SUPPORT, "rear area support"),
				entry(TaskKind.RELIEF, "relief"),
				entry(TaskKind.REFUGEES, "refugees"),
				entry(TaskKind.SEARCH_AND_RESCUE, "search and rescue"),
				entry(TaskKind.NONCOMBATANT_EVACUATION, "noncombatant evacuation"),
				entry(TaskKind.SHIP_INSPECTION, "ship inspection"),
				entry(TaskKind.SANCTIONS_SUPPORT, "sanctions support"),
				entry(TaskKind.MINESWEEPING, "minesweeping"),
				entry(TaskKind.SEA_AND_AIRSPACE_MANAGEMENT, "sea and airspace management"),
				entry(TaskKind.EXERCISES_AND_TRAINING, "exercises and training"),
				entry(TaskKind.PEACEKEEPING, "peacekeeping"),
				entry(TaskKind.HUMANITARIAN_RELIEF, "humanitarian relief"),
				entry(TaskKind.SECURITY_DIALOGUE, "security dialogue"),
				entry(TaskKind.PRODUCTION, "production"),
				entry(TaskKind.OTHER, "other task"));
		put(Nationality.class,
				entry(Nationality.JAPANESE, "Japanese nationals"),
				entry(Nationality.UNITED_STATES, "U.S. nationals"),
				entry(Nationality.THIRD_COUNTRY, "third-country nationals"));
		put(ClauseLevel.class,
				entry(ClauseLevel.SECTION, "section"),
				entry(ClauseLevel.ITEM, "item"),
				entry(ClauseLevel.SUB_ITEM, "sub-item"),
				entry(ClauseLevel.PARAGRAPH, "paragraph"),
				entry(ClauseLevel.SUB_PARAGRAPH, "sub-paragraph"));
		put(BodyKind.class,
				entry(BodyKind.SCC, "SCC"),
				entry(BodyKind.SSC, "SSC"),
				entry(BodyKind.SDC, "SDC"));
		put(MeasureKind.class,
				entry(MeasureKind.LEGISLATIVE, "legislative"),
				entry(MeasureKind.BUDGETARY, "budgetary"),
				entry(MeasureKind.ADMINISTRATIVE, "administrative"),
				entry(MeasureKind.OTHER, "other"));
		put(Modality.class,
				entry(Modality.RECOMMENDS, "recommends"),
				entry(Modality.OBLIGES, "obliges"));
	}

	private Wording() {
	}

	/** The words for a value; the empty string for none. */
	public static String of(Enumerator value) {
		if (value == null) {
			return "";
		}
		Map<Enumerator, String> words = BY_ENUMERATION.get(value.getClass());
		String w = words == null ? null : words.get(value);
		if (w == null) {
			throw new IllegalArgumentException("No wording for " + value.getClass().getSimpleName() + "." + value.getName());
		}
		return w;
	}

	/** The words for several values, comma-separated. */
	public static String of(List<? extends Enumerator> values) {
		return values.stream().map(Wording::of).collect(Collectors.joining(", "));
	}

	/** Every value of an enumeration with its words, in the enumeration's order. */
	public static Map<Enumerator, String> of(Class<? extends Enumerator> enumeration) {
		Map<Enumerator, String> words = BY_ENUMERATION.get(enumeration);
		if (words == null) {
			throw new IllegalArgumentException("No wording for " + enumeration.getSimpleName());
		}
		return words;
	}

	/**
	 * The kind of a plan in the words of VI.1(1), as the language's keywords write it: {@code bilateral defense
	 * plan} or {@code mutual cooperation plan}; {@code plan} for any other.
	 */
	public static String kindOf(Plan plan) {
		if (plan instanceof BilateralDefensePlan) {
			return "bilateral defense plan";
		}
		if (plan instanceof MutualCooperationPlan) {
			return "mutual cooperation plan";
		}
		return "plan";
	}

	/** The enumerations of the metamodel that have words, in a fixed order. */
	public static List<Class<? extends Enumerator>> enumerations() {
		return List.copyOf(BY_ENUMERATION.keySet());
	}

	@SafeVarargs
	private static void put(Class<? extends Enumerator> enumeration, Map.Entry<Enumerator, String>... words) {
		Map<Enumerator, String> map = new LinkedHashMap<>();
		for (Map.Entry<Enumerator, String> w : words) {
			map.put(w.getKey(), w.getValue());
		}
		BY_ENUMERATION.put(enumeration, Collections.unmodifiableMap(map));
	}

	private static Map.Entry<Enumerator, String> entry(Enumerator value, String words) {
		return Map.entry(value, words);
	}
}
