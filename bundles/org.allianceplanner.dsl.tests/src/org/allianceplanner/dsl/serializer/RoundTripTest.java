package org.allianceplanner.dsl.serializer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.allianceplanner.dsl.tests.AllianceInjectorProvider;
import org.allianceplanner.dsl.tests.Examples;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Parse, serialize, parse again: the second model equals the first. The serializer works on a copy
 * without a node model, so it writes every element from the model alone.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllianceInjectorProvider.class)
class RoundTripTest {

	@Inject
	private Injector injector;

	@Inject
	private ISerializer serializer;

	@Test
	void everyExampleRoundTrips() throws Exception {
		XtextResourceSet resourceSet = Examples.load(injector);
		for (Path file : Examples.files()) {
			EObject original = Examples.resource(resourceSet, file).getContents().get(0);

			// A copy in a resource of its own has no node model: pure serialization from the model.
			XtextResource copyResource = (XtextResource) resourceSet
					.createResource(URI.createURI("memory:/copy/" + file.getFileName()));
			EObject copy = EcoreUtil.copy(original);
			copyResource.getContents().add(copy);
			String text = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());
			copyResource.unload();
			resourceSet.getResources().remove(copyResource);

			XtextResource reparsed = (XtextResource) resourceSet
					.createResource(URI.createURI("memory:/reparsed/" + file.getFileName()));
			reparsed.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
			EcoreUtil.resolveAll(reparsed);
			assertTrue(reparsed.getErrors().isEmpty(), file + " serialized to text that does not parse: "
					+ reparsed.getErrors() + "\n" + text);
			assertTrue(EcoreUtil.equals(original, reparsed.getContents().get(0)),
					file + ": the re-parsed model differs from the original\n" + text);
			reparsed.unload();
			resourceSet.getResources().remove(reparsed);
		}
	}
}
