package org.allianceplanner.dsl.ide.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.dsl.ide.AllianceIdeSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** The workspace's named plan elements, read from an index as the language server keeps it. */
class WorkspacePlanElementsTest {

	private static Injector injector;

	@BeforeAll
	static void setUp() {
		injector = new AllianceIdeSetup().createInjectorAndDoEMFRegistration();
	}

	@Test
	void everyNamedPlanElementOfEveryFileIsListedOnceWithItsKindAndQualifier() throws Exception {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		List<IResourceDescription> descriptions = new ArrayList<>();
		descriptions.add(describe(resourceSet, "memory:/a.alliance", """
				package jpus.air
				party JASDF: Air Self-Defense Force for Japan
				bilateral defense plan AirDefense {
					readiness stage Stage1 level 1 when armed attack imminent
					task CounterAir: air defense {
						JASDF primary responsibility
					}
				}
				"""));
		descriptions.add(describe(resourceSet, "memory:/b.alliance", """
				area HomeIslands: Japanese territory
				"""));
		List<PlanElementEntry> entries = WorkspacePlanElements.of(new ResourceDescriptionsData(descriptions));
		List<String> shown = entries.stream().map(e -> e.kind().word() + " " + e.qualifiedName()).sorted().toList();
		assertEquals(List.of("area HomeIslands", "party jpus.air.JASDF", "plan jpus.air.AirDefense",
				"readiness stage jpus.air.AirDefense.Stage1", "task jpus.air.AirDefense.CounterAir"), shown);
		PlanElementEntry task = entries.stream().filter(e -> e.name().equals("CounterAir")).findFirst().orElseThrow();
		assertEquals("jpus.air.AirDefense", task.qualifier());
		assertEquals("memory:/a.alliance", task.resourceUri());
		assertTrue(resourceSet.getResource(URI.createURI(task.resourceUri()), false).getEObject(task.fragment())
				instanceof org.allianceplanner.model.plan.Task, "the fragment finds the task");
	}

	private static IResourceDescription describe(XtextResourceSet resourceSet, String uri, String text)
			throws Exception {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI(uri));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource);
	}
}
