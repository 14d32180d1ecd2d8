package org.allianceplanner.dsl.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.allianceplanner.dsl.tests.AllianceInjectorProvider;
import org.allianceplanner.model.plan.PlanModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Plan files are decoded strictly: bytes that are not UTF-8 are an error at their line and column (never
 * replaced silently), and a UTF-8 byte-order mark is accepted.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllianceInjectorProvider.class)
class PlanResourceTest {

	private static final String PLAN = """
			package demo
			// 日米防衛協力のための指針
			party JASDF "航空自衛隊": Air Self-Defense Force for Japan
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private XtextResource load(byte[] bytes) throws Exception {
		XtextResource resource = (XtextResource) resourceSets.get()
				.createResource(URI.createURI("memory:/plan.alliance"));
		resource.load(new ByteArrayInputStream(bytes), null);
		return resource;
	}

	@Test
	void aFileThatIsNotUtf8IsAnErrorAtTheLineOfItsFirstBadByte() throws Exception {
		XtextResource resource = load(PLAN.getBytes(Charset.forName("Shift_JIS")));
		assertFalse(resource.getErrors().isEmpty());
		Resource.Diagnostic error = resource.getErrors().get(0);
		assertEquals(2, error.getLine(), error.getMessage());
		assertEquals(4, error.getColumn(), error.getMessage());
		assertTrue(error.getMessage().startsWith("The file is not valid UTF-8 (byte 0x93 at line 2, column 4)"),
				error.getMessage());
	}

	@Test
	void aUtf8ByteOrderMarkIsAccepted() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.write(PLAN.getBytes(StandardCharsets.UTF_8));
		XtextResource resource = load(bytes.toByteArray());
		assertEquals(List.of(), resource.getErrors());
		assertEquals("航空自衛隊", ((PlanModel) resource.getContents().get(0)).getParties().get(0).getTitle());
		assertTrue(((PlanResource) resource).hasByteOrderMark());
		assertEquals(PLAN, resource.getParseResult().getRootNode().getText(), "the mark is not part of the text");
	}

	@Test
	void planTextFindsTheColumnInCharactersNotBytes() {
		byte[] bytes = "a\nαβ\u00ff".getBytes(StandardCharsets.UTF_8);
		byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length - 1); // the last character cut in half
		PlanText text = PlanText.decode(broken, StandardCharsets.UTF_8);
		PlanText.InvalidByte problem = text.problem().orElseThrow();
		assertEquals(2, problem.line());
		assertEquals(3, problem.column());
		assertEquals(0xC3, problem.value());
	}
}
