package org.allianceplanner.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.allianceplanner.dsl.services.AllianceGrammarAccess;
import org.allianceplanner.dsl.tests.AllianceInjectorProvider;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.Task;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Every word of the language is a name wherever it is declared or referenced ("party Defense", "legal basis
 * Treaty"). The words are read from the grammar, so a word added to it is covered without changing this test.
 * The documented exceptions (docs/LANGUAGE.md) are punctuation, U.S. (its dots make it a qualified name) and,
 * unescaped, the words that open a task entry where an assignment's party is named.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllianceInjectorProvider.class)
class KeywordsAsNamesTest {

	/** Words of the grammar that are not names (see docs/LANGUAGE.md, "Names"). */
	private static final Set<String> NOT_NAMES = Set.of("U.S.");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private AllianceGrammarAccess grammar;

	@Inject
	private ISerializer serializer;

	private int counter;

	/** The words of the grammar: keywords that start with a letter, less the documented exceptions. */
	private List<String> words() {
		Set<String> words = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
			if (Character.isLetter(keyword.charAt(0)) && !NOT_NAMES.contains(keyword)) {
				words.add(keyword);
			}
		}
		return new ArrayList<>(words);
	}

	private Set<String> taskEntryWords() {
		Set<String> words = new TreeSet<>();
		for (Keyword keyword : EcoreUtil2.getAllContentsOfType(grammar.getTaskEntryWordRule(), Keyword.class)) {
			words.add(keyword.getValue());
		}
		return words;
	}

	private XtextResource parse(String text) throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceSet
				.createResource(URI.createURI("memory:/names" + (counter++) + ".alliance"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		EcoreUtil.resolveAll(resource);
		return resource;
	}

	/** A plan that declares and references elements named {@code word}, in a package named after it too. */
	private static String planNaming(String word, String partyReference) {
		return """
				package demo.%1$s
				party %1$s: Air Self-Defense Force for Japan
				area %1$s: Japanese territory
				legal basis %1$s: Security Treaty
				comprehensive mechanism %1$s {
					involves demo.%1$s.%1$s
				}
				bilateral defense plan %1$s {
					planned in %1$s
					readiness stage %1$s level 1
					task %1$s: air defense {
						%2$s primary responsibility coordinating with %1$s
						in %1$s
						during %1$s
						under %1$s
					}
					recommends legislative measure %1$s by Japan
				}
				""".formatted(word, partyReference);
	}

	@Test
	void everyWordOfTheLanguageIsAName() throws Exception {
		List<String> words = words();
		assertTrue(words.size() > 200, "the grammar's words were read: " + words.size());
		assertTrue(words.contains("Defense") && words.contains("Treaty") && words.contains("Forces"), words.toString());
		Set<String> escaped = taskEntryWords();
		List<String> failures = new ArrayList<>();
		for (String word : words) {
			String partyReference = escaped.contains(word) ? "^" + word : word;
			XtextResource resource = parse(planNaming(word, partyReference));
			if (!resource.getErrors().isEmpty()) {
				failures.add(word + ": " + resource.getErrors().stream().map(Resource.Diagnostic::getMessage).toList());
				continue;
			}
			PlanModel model = (PlanModel) resource.getContents().get(0);
			BilateralDefensePlan plan = (BilateralDefensePlan) model.getPlans().get(0);
			Task task = plan.getTasks().get(0);
			if (!word.equals(model.getParties().get(0).getName()) || !word.equals(task.getName())
					|| !word.equals(task.getAssignments().get(0).getParty().getName())
					|| !word.equals(task.getLegalBases().get(0).getName())
					|| !word.equals(plan.getMeasures().get(0).getName())) {
				failures.add(word + ": names or references differ");
				continue;
			}
			// Written back, the plan reads the same (a task entry's word is escaped where a party is assigned).
			String serialized = serializer.serialize(model);
			XtextResource reparsed = parse(serialized);
			if (!reparsed.getErrors().isEmpty()) {
				failures.add(word + " serialized as: " + serialized + " " + reparsed.getErrors().get(0).getMessage());
			}
		}
		assertEquals(List.of(), failures);
	}

	@Test
	void aWordThatOpensATaskEntryNamesTheAssignedPartyEscaped() throws Exception {
		XtextResource unescaped = parse(planNaming("in", "in"));
		assertFalse(unescaped.getErrors().isEmpty(), "'in support' would be ambiguous");
		XtextResource escaped = parse(planNaming("in", "^in"));
		assertEquals(List.of(), escaped.getErrors());
	}

	@Test
	void namesOfRomanNumeralLettersStartQualifiedNames() throws Exception {
		XtextResource resource = parse("""
				package VI.plans
				party XV: Air Self-Defense Force for Japan
				bilateral defense plan P {
					task T: air defense {
						implements IV.2(2)a
						VI.plans.XV primary responsibility
					}
				}
				""");
		assertEquals(List.of(), resource.getErrors());
		PlanModel model = (PlanModel) resource.getContents().get(0);
		assertEquals("VI.plans", model.getName());
		Task task = ((BilateralDefensePlan) model.getPlans().get(0)).getTasks().get(0);
		assertEquals("XV", task.getAssignments().get(0).getParty().getName());
		assertFalse(task.getAssignments().get(0).getParty().eIsProxy());
		assertFalse(task.getImplements().get(0).eIsProxy(), "clause identifiers still read as clauses");
	}
}
