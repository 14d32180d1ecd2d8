package org.allianceplanner.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.allianceplanner.dsl.tests.AllianceInjectorProvider;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.Origin;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.Suppression;
import org.allianceplanner.model.plan.Task;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * {@code suppress RULE-ID because "reason"}: parsed at file level and in any element's block, hyphenated
 * rule IDs lexed without disturbing the hyphenated keywords, names and clause identifiers, serialized and
 * formatted, and judged by the suppression rules with the suppression's own line and column.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllianceInjectorProvider.class)
class SuppressionSyntaxTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ISerializer serializer;

	@Inject
	private IResourceValidator validator;

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	private int counter;

	private static final String PLAN = """
			package jpus.test

			suppress PLAN-REPORTING because "reported through the SCC secretariat"

			party JASDF "Japan Air Self-Defense Force": Air Self-Defense Force for Japan {
				suppress PREMISE-JAPANESE-LAW because "legal basis recorded in the annex"
			}

			party USFJ: U.S. Forces for United States

			supply Parts: repair parts {
				origin third-country origin
			}

			bilateral defense plan P "Plan" {
				implements IV.2(2)a
				suppress PLAN-BCM-EARLY because "the mechanism is activated by directive 7"
				situations SIASJ anticipated, armed attack
				task T: air defense {
					suppress ROLE-AIR-DEFENSE because "exercise scenario"
					implements IV.2(2)a, IV.2(3)e.iv
					suppress SIASJ-NO-WEAPONS-SUPPLY because "not rear area support"
					JASDF primary responsibility
					USFJ support
				}
			}

			suppress ROLE-BMD because "no ballistic missile defense in this file"
			""";

	private XtextResource parse(String text) throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceSet
				.createResource(URI.createURI("memory:/suppress" + counter++ + ".alliance"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		EcoreUtil.resolveAll(resource);
		return resource;
	}

	private static String rules(List<Suppression> suppressions) {
		return String.join(",", suppressions.stream().map(s -> s.getRule() + "=" + s.getReason()).toList());
	}

	@Test
	void suppressionsParseAtFileLevelAndInBlocks() throws Exception {
		XtextResource resource = parse(PLAN);
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors()::toString);
		PlanModel model = (PlanModel) resource.getContents().get(0);
		assertEquals("PLAN-REPORTING=reported through the SCC secretariat,ROLE-BMD=no ballistic missile defense in this file",
				rules(model.getSuppressions()));
		assertEquals("PREMISE-JAPANESE-LAW=legal basis recorded in the annex", rules(model.getParties().get(0).getSuppressions()));
		BilateralDefensePlan plan = (BilateralDefensePlan) model.getPlans().get(0);
		assertEquals("PLAN-BCM-EARLY=the mechanism is activated by directive 7", rules(plan.getSuppressions()));
		Task task = plan.getTasks().get(0);
		assertEquals("ROLE-AIR-DEFENSE=exercise scenario,SIASJ-NO-WEAPONS-SUPPLY=not rear area support",
				rules(task.getSuppressions()));
	}

	@Test
	void hyphenatedRuleIdsLeaveKeywordsNamesAndClausesAlone() throws Exception {
		PlanModel model = (PlanModel) parse(PLAN).getContents().get(0);
		assertEquals(PartyKind.SDF_AIR, model.getParties().get(0).getKind());
		assertEquals("JASDF", model.getParties().get(0).getName());
		assertEquals(Origin.THIRD_COUNTRY_ORIGIN, model.getSupplyItems().get(0).getOrigin());
		BilateralDefensePlan plan = (BilateralDefensePlan) model.getPlans().get(0);
		assertEquals(List.of(SituationKind.SIASJ_ANTICIPATED, SituationKind.ARMED_ATTACK), plan.getSituations());
		Task task = plan.getTasks().get(0);
		assertEquals(2, task.getImplements().size());
		assertTrue(task.getImplements().stream().noneMatch(e -> e.eIsProxy()), "clause identifiers resolve");
		assertEquals("JASDF", task.getAssignments().get(0).getParty().getName());
	}

	@Test
	void reasonIsOptionalInTheSyntaxAndRuleIdsWithoutHyphenParse() throws Exception {
		XtextResource resource = parse("""
				party JASDF: Air Self-Defense Force for Japan {
					suppress PLAN-REPORTING
					suppress Reporting because "misspelt"
				}
				""");
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors()::toString);
		List<Suppression> s = ((PlanModel) resource.getContents().get(0)).getParties().get(0).getSuppressions();
		assertEquals("PLAN-REPORTING", s.get(0).getRule());
		assertNull(s.get(0).getReason());
		assertEquals("Reporting", s.get(1).getRule());
	}

	@Test
	void suppressionsRoundTripThroughTheSerializer() throws Exception {
		PlanModel original = (PlanModel) parse(PLAN).getContents().get(0);
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource copyResource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/copy.alliance"));
		PlanModel copy = EcoreUtil.copy(original);
		copy.getPlans().get(0).getTasks().get(0).getSuppressions().get(1).setReason(null); // no 'because'
		copyResource.getContents().add(copy);
		String text = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());
		XtextResource reparsed = parse(text);
		assertTrue(reparsed.getErrors().isEmpty(), reparsed.getErrors() + "\n" + text);
		assertTrue(EcoreUtil.equals(copy, reparsed.getContents().get(0)), text);
		assertTrue(text.contains("suppress SIASJ-NO-WEAPONS-SUPPLY\n"), text);
	}

	@Test
	void formatterPutsEachSuppressionOnItsOwnLine() throws Exception {
		String messy = """
				suppress PLAN-REPORTING   because "at file level"
				party JASDF: Air Self-Defense Force for Japan { suppress PREMISE-JAPANESE-LAW because"reason" description "d" }
				suppress ROLE-BMD because "at the end" suppress ROLE-AIR-DEFENSE because "another"
				""";
		String expected = """
				suppress PLAN-REPORTING because "at file level"

				party JASDF: Air Self-Defense Force for Japan {
					suppress PREMISE-JAPANESE-LAW because "reason"
					description "d"
				}

				suppress ROLE-BMD because "at the end"
				suppress ROLE-AIR-DEFENSE because "another"
				""";
		String once = format(messy);
		assertEquals(expected, once);
		assertEquals(once, format(once));
		assertEquals(PLAN, format(PLAN), "the test plan is already in the canonical layout");
	}

	@Test
	void missingReasonAndUnknownRuleAreFoundAtTheSuppression() throws Exception {
		XtextResource resource = parse("""
				party JASDF: Air Self-Defense Force for Japan {
					suppress PLAN-REPORTING
					suppress PLAN-REPORTNG because "typo"
				}
				""");
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		Issue reason = issues.stream().filter(i -> "SUPPRESSION-REASON".equals(i.getCode())).findFirst().orElseThrow(
				() -> new AssertionError(issues.toString()));
		assertEquals(org.eclipse.xtext.diagnostics.Severity.ERROR, reason.getSeverity());
		assertEquals(2, reason.getLineNumber());
		assertEquals(2, reason.getColumn());
		Issue unknown = issues.stream().filter(i -> "SUPPRESSION-UNKNOWN-RULE".equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError(issues.toString()));
		assertEquals(org.eclipse.xtext.diagnostics.Severity.WARNING, unknown.getSeverity());
		assertEquals(3, unknown.getLineNumber());
		assertEquals(11, unknown.getColumn());
		assertTrue(unknown.getMessage().contains("'PLAN-REPORTNG'"), unknown.getMessage());
	}

	private String format(String text) throws Exception {
		XtextResource resource = parse(text);
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors()::toString);
		ITextRegionAccess regionAccess = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get().setTextRegionAccess(regionAccess);
		return regionAccess.getRewriter().renderToString(formatters.get().format(request).stream()
				.map(ITextReplacement.class::cast).toList());
	}
}
