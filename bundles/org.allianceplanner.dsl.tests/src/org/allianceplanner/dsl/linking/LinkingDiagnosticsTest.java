package org.allianceplanner.dsl.linking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.dsl.tests.AllianceInjectorProvider;
import org.allianceplanner.model.plan.PlanModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Unresolved references name what is missing and suggest the nearest names that exist. */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllianceInjectorProvider.class)
class LinkingDiagnosticsTest {

	@Inject
	private ParseHelper<PlanModel> parser;

	@Inject
	private IResourceValidator validator;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private static final String PARTIES = """
			package jpus.test
			party JASDF: Air Self-Defense Force for Japan
			party JMSDF: Maritime Self-Defense Force for Japan
			party USFJ: U.S. Forces for United States
			""";

	// FAST_ONLY: syntax, linking and names; the rules of the Guidelines (NORMAL checks) are tested in
	// org.allianceplanner.validation.tests and would add their findings to these minimal plans.
	private List<Issue> issues(String text) throws Exception {
		PlanModel model = parser.parse(text);
		return validator.validate((XtextResource) model.eResource(), CheckMode.FAST_ONLY, CancelIndicator.NullImpl);
	}

	@Test
	void misspeltPartySuggestsTheNearestParty() throws Exception {
		List<Issue> issues = issues(PARTIES + """
				bilateral defense plan P {
					task T: air defense {
						JASDFF primary responsibility
					}
				}
				""");
		assertEquals(1, issues.size(), issues.toString());
		Issue issue = issues.get(0);
		assertEquals(Diagnostic.LINKING_DIAGNOSTIC, issue.getCode());
		assertEquals(7, issue.getLineNumber());
		assertArrayEquals(new String[] { "JASDF", "JMSDF" }, issue.getData());
		assertTrue(issue.getMessage().startsWith("No party named 'JASDFF'"), issue.getMessage());
		assertTrue(issue.getMessage().contains("Did you mean JASDF or JMSDF?"), issue.getMessage());
	}

	@Test
	void unknownClauseSuggestsClausesOfTheGuidelines() throws Exception {
		List<Issue> issues = issues(PARTIES + """
				bilateral defense plan P {
					implements IV.2(2)f
				}
				""");
		assertEquals(1, issues.size(), issues.toString());
		Issue issue = issues.get(0);
		assertEquals(Diagnostic.LINKING_DIAGNOSTIC, issue.getCode());
		assertTrue(issue.getMessage().contains("'IV.2(2)f'"), issue.getMessage());
		assertTrue(List.of(issue.getData()).contains("IV.2(2)a"), List.of(issue.getData()).toString());
	}

	@Test
	void clausesAndAnnexItemsResolveAgainstTheBuiltInLibrary() throws Exception {
		PlanModel model = parser.parse(PARTIES + """
				mutual cooperation plan P {
					implements IV.2(3)e.iv, V.2(1)d, VI.1(3), Annex.2.b.vii.4, IV
				}
				""");
		assertTrue(issues(PARTIES + """
				mutual cooperation plan P {
					implements IV.2(3)e.iv, V.2(1)d, VI.1(3), Annex.2.b.vii.4, IV
				}
				""").isEmpty());
		List<String> names = model.getPlans().get(0).getImplements().stream().map(e -> e.getName()).toList();
		assertEquals(List.of("IV.2(3)e.iv", "V.2(1)d", "VI.1(3)", "Annex.2.b.vii.4", "IV"), names);
	}

	@Test
	void referencesAcrossFilesResolveThroughImports() throws Exception {
		XtextResourceSet resourceSet = resourcesSets();
		parser.parse(PARTIES, URI.createURI("memory:/parties.alliance"), resourceSet);
		PlanModel plan = parser.parse("""
				package jpus.plans
				import jpus.test.*
				bilateral defense plan P {
					task T: air defense {
						JASDF primary responsibility
						jpus.test.USFJ support
					}
				}
				""", URI.createURI("memory:/plan.alliance"), resourceSet);
		List<Issue> issues = validator.validate((XtextResource) plan.eResource(), CheckMode.FAST_ONLY,
				CancelIndicator.NullImpl);
		assertTrue(issues.isEmpty(), issues.toString());
		assertEquals("USFJ", plan.getPlans().get(0).getTasks().get(0).getAssignments().get(1).getParty().getName());
	}

	@Test
	void withoutTheImportThePartyIsNotVisibleAndTheMessageSaysHowToFixIt() throws Exception {
		XtextResourceSet resourceSet = resourcesSets();
		parser.parse(PARTIES, URI.createURI("memory:/parties.alliance"), resourceSet);
		PlanModel plan = parser.parse("""
				package jpus.plans
				bilateral defense plan P {
					task T: air defense {
						Nobody primary responsibility
					}
				}
				""", URI.createURI("memory:/plan.alliance"), resourceSet);
		List<Issue> issues = validator.validate((XtextResource) plan.eResource(), CheckMode.FAST_ONLY,
				CancelIndicator.NullImpl);
		assertEquals(1, issues.size());
		assertEquals("No party named 'Nobody' is visible here. Declare it, or import the package that declares it.",
				issues.get(0).getMessage());
	}

	@Test
	void misspeltImportIsAnErrorWithTheNearestPackage() throws Exception {
		XtextResourceSet resourceSet = resourcesSets();
		parser.parse(PARTIES, URI.createURI("memory:/parties.alliance"), resourceSet);
		PlanModel plan = parser.parse("""
				package jpus.plans
				import jpus.tset.*
				import jpus.test.USFJ
				""", URI.createURI("memory:/plan.alliance"), resourceSet);
		List<Issue> issues = validator.validate((XtextResource) plan.eResource(), CheckMode.ALL,
				CancelIndicator.NullImpl);
		assertEquals(1, issues.size(), issues.toString());
		assertEquals(org.allianceplanner.dsl.validation.ImportsValidator.UNKNOWN_IMPORT, issues.get(0).getCode());
		assertEquals(2, issues.get(0).getLineNumber());
		assertEquals("No file of the project declares the package 'jpus.tset'. Did you mean jpus.test?",
				issues.get(0).getMessage());
	}

	private XtextResourceSet resourcesSets() {
		return resourceSets.get();
	}
}
