package org.allianceplanner.dsl.conversion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.model.guidelines.SupportField;
import org.allianceplanner.model.plan.AssetKind;
import org.allianceplanner.model.plan.Classification;
import org.allianceplanner.model.plan.CommonProcedureKind;
import org.allianceplanner.model.plan.ContributionKind;
import org.allianceplanner.model.plan.FacilityKind;
import org.allianceplanner.model.plan.Nationality;
import org.allianceplanner.model.plan.Origin;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.ReadinessStandardKind;
import org.allianceplanner.model.plan.Releasability;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.model.wording.Wording;

/**
 * The grammar's phrase rules and the words each one writes. The words themselves are the metamodel's
 * {@link Wording} (the one table that messages and documents use too); this class only says which
 * enumerations the language writes as phrases, each under the grammar rule of the enumeration's name. A
 * value the language cannot write (UNSPECIFIED, the absence of a value) has no phrase. {@code PhrasesTest}
 * checks that every phrase parses back to its value.
 */
public final class Phrases {

	/** The enumerations written by a phrase rule of the same name, in the grammar's order. */
	private static final List<Class<? extends Enumerator>> PHRASE_RULES = List.of(Government.class,
			PartyKind.class, SituationKind.class, RoleKind.class, ContributionKind.class, AreaKind.class,
			FacilityKind.class, AssetKind.class, Origin.class, SupplyCategory.class, SupportField.class,
			LegalBasisKind.class, Classification.class, Releasability.class, ReadinessStandardKind.class,
			CommonProcedureKind.class, TaskKind.class, Nationality.class);

	private static final String UNSPECIFIED = "UNSPECIFIED";

	private static final Map<String, Map<Enumerator, String>> BY_RULE = new LinkedHashMap<>();

	static {
		for (Class<? extends Enumerator> enumeration : PHRASE_RULES) {
			Map<Enumerator, String> phrases = new LinkedHashMap<>(Wording.of(enumeration));
			phrases.keySet().removeIf(v -> UNSPECIFIED.equals(v.getName()));
			BY_RULE.put(enumeration.getSimpleName(), java.util.Collections.unmodifiableMap(phrases));
		}
	}

	private Phrases() {
	}

	/** The grammar rule names that write enumeration values, each with its phrases. */
	public static Map<String, Map<Enumerator, String>> byRule() {
		return BY_RULE;
	}

	/** The words for a value, as the language writes it ({@link Wording#of(Enumerator)}). */
	public static String of(Enumerator value) {
		return Wording.of(value);
	}
}
