package org.allianceplanner.dsl.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.wording.Wording;
import org.eclipse.emf.common.util.Enumerator;
import org.junit.jupiter.api.Test;

/**
 * The language writes the model's one wording: each phrase rule's words are {@link Wording}'s (all but the
 * absent value UNSPECIFIED, which a plan cannot write). PhrasesTest checks that the grammar parses them.
 */
class PhrasesWordingTest {

	@Test
	void everyPhraseIsTheModelsWording() {
		for (Map.Entry<String, Map<Enumerator, String>> rule : Phrases.byRule().entrySet()) {
			Enumerator any = rule.getValue().keySet().iterator().next();
			@SuppressWarnings("unchecked")
			Class<? extends Enumerator> enumeration = (Class<? extends Enumerator>) any.getClass();
			assertEquals(enumeration.getSimpleName(), rule.getKey(), "a phrase rule is named after its enumeration");
			Map<Enumerator, String> expected = new LinkedHashMap<>(Wording.of(enumeration));
			expected.keySet().removeIf(v -> "UNSPECIFIED".equals(v.getName()));
			assertEquals(expected, rule.getValue(), rule.getKey());
		}
		assertEquals("U.S. ground forces", Phrases.of(PartyKind.US_FORCES_GROUND));
	}
}
