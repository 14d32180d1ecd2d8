package org.allianceplanner.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.allianceplanner.dsl.tests.AllianceInjectorProvider;
import org.allianceplanner.model.plan.PlanModel;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
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

/** Syntax errors point at line and column and speak the plan author's language. */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllianceInjectorProvider.class)
class SyntaxErrorMessagesTest {

	/** What a plan author should never read. */
	private static final Pattern PARSER_JARGON = Pattern.compile(
			"RULE_|EOF|mismatched|extraneous|viable|token|<EOF>|expecting");

	@Inject
	private ParseHelper<PlanModel> parser;

	@Inject
	private IResourceValidator validator;

	private List<Issue> syntaxErrors(String text) throws Exception {
		PlanModel model = parser.parse(text);
		List<Issue> issues = validator.validate((XtextResource) model.eResource(), CheckMode.ALL,
				CancelIndicator.NullImpl).stream().filter(i -> Diagnostic.SYNTAX_DIAGNOSTIC.equals(i.getCode())).toList();
		assertFalse(issues.isEmpty(), "expected a syntax error");
		for (Issue issue : issues) {
			assertFalse(PARSER_JARGON.matcher(issue.getMessage()).find(), issue.getMessage());
		}
		return issues;
	}

	@Test
	void misspeltKeywordIsNamedWithTheNearestKeyword() throws Exception {
		Issue issue = syntaxErrors("""
				party JASDF: Air Self-Defense Force for Japan {
					implement IV.2(2)a
				}
				""").get(0);
		assertEquals(2, issue.getLineNumber());
		assertEquals(2, issue.getColumn());
		assertTrue(issue.getMessage().contains("Unexpected 'implement' in party 'JASDF'"), issue.getMessage());
		assertTrue(issue.getMessage().contains("Did you mean 'implements'?"), issue.getMessage());
	}

	@Test
	void missingNameSaysANameIsExpected() throws Exception {
		Issue issue = syntaxErrors("party : Air Self-Defense Force for Japan\n").get(0);
		assertEquals(1, issue.getLineNumber());
		assertEquals(7, issue.getColumn());
		assertEquals("Missing a name before ':'.", issue.getMessage());
	}

	@Test
	void unclosedBlockSaysTheFileEndsTooEarly() throws Exception {
		Issue issue = syntaxErrors("""
				bilateral defense plan P {
					task T: air defense {
				""").get(0);
		assertTrue(issue.getMessage().startsWith("The file ends too early inside"), issue.getMessage());
		assertTrue(issue.getMessage().contains("Is a '}' missing?"), issue.getMessage());
	}

	@Test
	void unknownPartyKindIsReportedInTheParty() throws Exception {
		Issue issue = syntaxErrors("party X: Navy for Japan\n").get(0);
		assertEquals(1, issue.getLineNumber());
		assertTrue(issue.getMessage().contains("Unexpected 'Navy'"), issue.getMessage());
	}

	@Test
	void clauseIdentifierWithASpaceIsAnError() throws Exception {
		List<Issue> issues = syntaxErrors("""
				bilateral defense plan P {
					implements IV.2 (2)a
				}
				""");
		assertEquals(2, issues.get(0).getLineNumber());
	}

	@Test
	void unclosedQuoteIsNamed() throws Exception {
		Issue issue = syntaxErrors("party X \"unterminated: Air Self-Defense Force for Japan\n").get(0);
		assertEquals(1, issue.getLineNumber());
		assertEquals(9, issue.getColumn());
		assertEquals("A quoted text is not closed before the end of the file.", issue.getMessage());
	}

	@Test
	void incompleteWordSaysWhatComesNext() throws Exception {
		Issue issue = syntaxErrors("party X: U.S Forces for United States\n").get(0);
		assertEquals("Incomplete 'U.S': expected '.' instead of a space.", issue.getMessage());
	}
}
