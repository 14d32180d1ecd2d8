package org.allianceplanner.diagram.interpreter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.allianceplanner.diagram.description.registry.DescriptionRegistry;
import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.docgen.Audience;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.validation.PlanValidator;
import org.allianceplanner.validation.ValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A diagram for an audience leaves out everything the documents for that audience leave out: every
 * built-in diagram, every layer on, with validation badges, is searched for the withheld names.
 */
class AudienceTest {

	static final List<String> JAPAN_ONLY = List.of("JPNONLYKestrelTask", "JPNONLYHarborArea", "JPNONLYLiaisonDesk",
			"JPNONLYPrefectureOffice", "JPNONLYStageNotes");
	static final List<String> US_ONLY = List.of("USONLYOspreyTask", "USONLYCarrierGroup", "USONLYFuelDepot");
	static final List<String> UNMARKED = List.of("UNMARKEDSecretCache");

	private static List<PlanModel> plans;
	private static ValidationResult findings;

	@BeforeAll
	static void load() {
		plans = Plans.folder(Plans.fixtures().resolve("audience"));
		findings = new PlanValidator().validate(plans.get(0).eResource().getResourceSet());
	}

	private static List<String> forbidden(Audience audience) {
		List<String> result = new ArrayList<>(UNMARKED);
		if (audience != Audience.JAPAN) {
			result.addAll(JAPAN_ONLY);
		}
		if (audience != Audience.UNITED_STATES) {
			result.addAll(US_ONLY);
		}
		return result;
	}

	@ParameterizedTest
	@EnumSource(Audience.class)
	void noBuiltInDiagramShowsWhatTheAudienceMayNotSee(Audience audience) throws Exception {
		DescriptionRegistry registry = DescriptionRegistry.builtIn();
		List<String> leaks = new ArrayList<>();
		StringBuilder everything = new StringBuilder();
		for (String name : registry.names()) {
			DiagramInterpreter interpreter = new DiagramInterpreter(registry.get(name));
			Set<String> layers = Set.copyOf(interpreter.description().getLayers().stream().map(l -> l.getName()).toList());
			Diagram d = interpreter.interpret(Plans.roots(plans), DiagramParameters.defaults().withLayers(layers)
					.withVisibility(audience.visibility()).withFindings(findings.active()));
			String text = Graphs.allText(d);
			everything.append(text);
			for (String word : forbidden(audience)) {
				if (text.contains(word)) {
					leaks.add(name + " for " + audience + " shows " + word);
				}
			}
		}
		if (!leaks.isEmpty()) {
			fail(String.join("\n", leaks));
		}
		// What the audience may see is there.
		String all = everything.toString();
		assertTrue(all.contains("Counter air attack"), all);
		assertTrue(all.contains("Bilateral coordination center Yokota"));
		if (audience == Audience.JAPAN) {
			assertTrue(all.contains("JPNONLYKestrelTask"));
			assertTrue(all.contains("JPNONLYHarborArea"));
		} else if (audience == Audience.UNITED_STATES) {
			assertTrue(all.contains("USONLYOspreyTask"));
			assertTrue(all.contains("USONLYFuelDepot"));
		}
	}

	@ParameterizedTest
	@EnumSource(Audience.class)
	void withoutAnAudienceEverythingIsDrawn(Audience audience) throws Exception {
		Diagram d = new DiagramInterpreter(DescriptionRegistry.builtIn().get("Responsibility"))
				.interpret(Plans.roots(plans), DiagramParameters.defaults());
		String text = Graphs.allText(d);
		for (String word : forbidden(audience)) {
			if (word.endsWith("Task")) {
				assertTrue(text.contains(word), word + " is drawn when no audience is set");
			}
		}
		assertFalse(text.isEmpty());
	}
}
