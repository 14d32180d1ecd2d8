package org.allianceplanner.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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

/**
 * A task whose kind is not typed yet ({@code task X: }) is no air-defense task: no kind rule judges it, and the
 * syntax error says which words may follow the colon.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllianceInjectorProvider.class)
class HalfTypedTaskTest {

	private static final String PLAN = """
			package p
			party USFJ: U.S. Forces for United States
			bilateral defense plan P {
				situations armed attack
				task X: <kind>
				task Y: air defense {
					USFJ primary responsibility
				}
			}
			""";

	@Inject
	private ParseHelper<PlanModel> parser;

	@Inject
	private IResourceValidator validator;

	private List<Issue> issues(String kind) throws Exception {
		PlanModel model = parser.parse(PLAN.replace("<kind>", kind));
		return validator.validate((XtextResource) model.eResource(), CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static List<Issue> onLine(List<Issue> issues, int line, String code) {
		return issues.stream().filter(i -> i.getLineNumber() == line && code.equals(i.getCode())).toList();
	}

	@Test
	void aTaskWithoutKindGetsNoRuleErrorOfAnAirDefenseTask() throws Exception {
		List<Issue> issues = issues("");
		assertEquals(List.of(), onLine(issues, 5, "ROLE-AIR-DEFENSE"), issues.toString());
		assertTrue(!onLine(issues, 7, "ROLE-AIR-DEFENSE").isEmpty(), "a real air-defense task is still checked: " + issues);
	}

	@Test
	void aHalfTypedKindIsNoKindEither() throws Exception {
		List<Issue> issues = issues("rear");
		assertEquals(List.of(), onLine(issues, 5, "ROLE-AIR-DEFENSE"), issues.toString());
		assertTrue(issues.stream().anyMatch(i -> i.getLineNumber() == 5
				&& "'rear' is not a task kind. Did you mean 'rear area support'?".equals(i.getMessage())), issues.toString());
	}

	@Test
	void anUnknownKindSaysWhatIsExpected() throws Exception {
		List<Issue> issues = issues("sea {\n\t}\n\ttask Z: rear area {");
		assertTrue(issues.stream().anyMatch(i -> i.getMessage().startsWith("'rear area' is not a task kind. Did you mean")),
				issues.toString());
	}

	@Test
	void theSyntaxErrorSaysATaskKindIsExpected() throws Exception {
		Issue syntax = issues("").stream().filter(i -> Diagnostic.SYNTAX_DIAGNOSTIC.equals(i.getCode())).findFirst()
				.orElseThrow();
		assertEquals("Unexpected 'task' in task 'X'; expected a task kind such as 'air defense', 'sea defense'"
				+ " or 'protection of ports and straits'.", syntax.getMessage());
	}
}
