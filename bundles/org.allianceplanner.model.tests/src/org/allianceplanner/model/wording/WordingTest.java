package org.allianceplanner.model.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.model.guidelines.GuidelinesPackage;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.PlanPackage;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;

/** Every literal of every enumeration of the metamodel has exactly one wording, and no two share one. */
class WordingTest {

	@Test
	void everyLiteralOfEveryEnumerationHasItsOwnWords() {
		List<EEnum> enums = new ArrayList<>();
		for (EPackage p : List.of(GuidelinesPackage.eINSTANCE, PlanPackage.eINSTANCE)) {
			for (EClassifier c : p.getEClassifiers()) {
				if (c instanceof EEnum e) {
					enums.add(e);
				}
			}
		}
		assertEquals(enums.size(), Wording.enumerations().size(), "one table per enumeration, no more");
		for (EEnum e : enums) {
			@SuppressWarnings("unchecked")
			Map<Enumerator, String> words = Wording.of((Class<? extends Enumerator>) e.getInstanceClass());
			Set<Enumerator> literals = new HashSet<>();
			Set<String> seen = new HashSet<>();
			for (EEnumLiteral l : e.getELiterals()) {
				literals.add(l.getInstance());
				String w = words.get(l.getInstance());
				assertFalse(w == null || w.isBlank(), e.getName() + "." + l.getName() + " has no words");
				assertFalse(!seen.add(w), e.getName() + ": two literals are both '" + w + "'");
				assertEquals(w, Wording.of(l.getInstance()));
			}
			assertEquals(literals, words.keySet(), e.getName());
		}
	}

	@Test
	void theWordsThePlansAreWrittenIn() {
		assertEquals("primary responsibility", Wording.of(RoleKind.PRIMARY));
		assertEquals("U.S. ground forces", Wording.of(PartyKind.US_FORCES_GROUND));
		assertEquals("SIASJ", Wording.of(SituationKind.SIASJ_RESPONSE));
		assertEquals("support, supplement", Wording.of(List.of(RoleKind.SUPPORT, RoleKind.SUPPLEMENT)));
		assertEquals("", Wording.of((Enumerator) null));
	}

	@Test
	void theKindsOfPlanAreTheLanguagesKeywords() {
		assertEquals("bilateral defense plan", Wording.kindOf(PlanFactory.eINSTANCE.createBilateralDefensePlan()));
		assertEquals("mutual cooperation plan", Wording.kindOf(PlanFactory.eINSTANCE.createMutualCooperationPlan()));
	}

	@Test
	void aValueOutsideTheMetamodelIsRefused() {
		Enumerator foreign = new Enumerator() {
			@Override
			public int getValue() {
				return 0;
			}

			@Override
			public String getName() {
				return "FOREIGN";
			}

			@Override
			public String getLiteral() {
				return "FOREIGN";
			}
		};
		assertThrows(IllegalArgumentException.class, () -> Wording.of(foreign));
	}
}
