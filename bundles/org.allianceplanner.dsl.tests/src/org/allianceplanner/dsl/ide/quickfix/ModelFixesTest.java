package org.allianceplanner.dsl.ide.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.allianceplanner.dsl.ide.AllianceIdeSetup;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.Assignment;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The changes behind the rules' quick fixes (the language server's code actions): a fix never leaves the same
 * line twice. Changing FifthAirForce's role to support where "FifthAirForce support" is already written used to
 * leave two identical lines.
 */
class ModelFixesTest {

	private static final String PLAN = """
			package jpus.test
			party JASDF: Air Self-Defense Force for Japan
			party FifthAirForce "Fifth Air Force": U.S. air forces for United States
			bilateral defense plan P {
				task Counter: air defense {
					JASDF primary responsibility
					FifthAirForce primary responsibility
					FifthAirForce support
				}
			}
			""";

	private static Injector injector;

	@BeforeAll
	static void setUp() {
		injector = new AllianceIdeSetup().createInjectorAndDoEMFRegistration();
	}

	@Test
	void settingAValueThatRepeatsASiblingRemovesTheElementInstead() throws Exception {
		XtextResource resource = load(PLAN);
		Assignment primary = assignments(resource).get(1);
		ModelFixes.Change change = injector.getInstance(ModelFixes.class).plan(primary, List.of("set-value", "role", RoleKind.SUPPORT.getLiteral()));
		assertNotNull(change);
		assertTrue(change.label().startsWith("Change the role of FifthAirForce to support"), change.label());

		change.apply().run();

		String text = serialize(resource);
		assertEquals(1, count(text, "FifthAirForce support"), text);
		assertEquals(0, count(text, "FifthAirForce primary responsibility"), text);
		assertEquals(2, assignments(resource).size(), text);
	}

	@Test
	void settingAValueWithoutATwinChangesTheElement() throws Exception {
		XtextResource resource = load(PLAN.replace("\t\tFifthAirForce support\n", ""));
		Assignment primary = assignments(resource).get(1);
		ModelFixes.Change change = injector.getInstance(ModelFixes.class).plan(primary, List.of("set-value", "role", RoleKind.SUPPORT.getLiteral()));
		assertEquals("Change the role of FifthAirForce to support", change.label());

		change.apply().run();

		String text = serialize(resource);
		assertEquals(1, count(text, "FifthAirForce support"), text);
		assertEquals(2, assignments(resource).size(), text);
	}

	private static XtextResource load(String text) throws Exception {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/fix.alliance"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		return resource;
	}

	private static List<Assignment> assignments(XtextResource resource) {
		return org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Assignment.class);
	}

	private static String serialize(XtextResource resource) {
		return injector.getInstance(ISerializer.class).serialize(resource.getContents().get(0),
				SaveOptions.newBuilder().format().getOptions());
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}
}
