package org.allianceplanner.dsl.formatting2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.allianceplanner.dsl.tests.AllianceInjectorProvider;
import org.allianceplanner.dsl.tests.Examples;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The formatter gives plans one shape, keeps comments, and formatting twice changes nothing. */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllianceInjectorProvider.class)
class FormatterTest {

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private int counter;

	String format(String text) throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceSet
				.createResource(URI.createURI("memory:/format" + counter++ + ".alliance"));
		resource.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				null);
		ITextRegionAccess regionAccess = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get().setTextRegionAccess(regionAccess);
		return regionAccess.getRewriter().renderToString(formatters.get().format(request).stream()
				.map(ITextReplacement.class::cast).toList());
	}

	@Test
	void messyPlanGetsTheCanonicalShape() throws Exception {
		String messy = """
				package   jpus.test
				import jpus.catalogue.*
				party JASDF   "Japan Air Self-Defense Force" :Air Self-Defense Force for Japan
				party USFJ : U.S. Forces for United States
				bilateral defense plan P "Plan" { implements IV.2(2)a , IV.1
					// the first stage (comments keep their indentation)
				readiness stage S1 level 1 when armed attack imminent { agreed by Japan agreed by United States }
				task T : logistics support ( supply ) { JASDF primary responsibility USFJ support with strike power during S1 } }
				""";
		String expected = """
				package jpus.test

				import jpus.catalogue.*

				party JASDF "Japan Air Self-Defense Force": Air Self-Defense Force for Japan
				party USFJ: U.S. Forces for United States

				bilateral defense plan P "Plan" {
					implements IV.2(2)a, IV.1
					// the first stage (comments keep their indentation)
					readiness stage S1 level 1 when armed attack imminent {
						agreed by Japan
						agreed by United States
					}
					task T: logistics support (supply) {
						JASDF primary responsibility
						USFJ support with strike power
						during S1
					}
				}
				""";
		assertEquals(expected, format(messy));
	}

	@Test
	void formattingIsIdempotentOnEveryExample() throws Exception {
		for (Path file : Examples.files()) {
			String once = format(Files.readString(file));
			String twice = format(once);
			assertEquals(once, twice, file.toString());
		}
	}

	@Test
	void theExamplesAreAlreadyFormatted() throws Exception {
		for (Path file : Examples.files()) {
			String text = Files.readString(file);
			assertEquals(text, format(text), file.toString());
		}
	}
}
