package org.allianceplanner.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** Every bundled example parses, links and validates without a single issue. */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllianceInjectorProvider.class)
class ExamplesTest {

	@Inject
	private Injector injector;

	@Inject
	private IResourceValidator validator;

	@Test
	void everyExampleParsesLinksAndValidatesClean() throws Exception {
		XtextResourceSet resourceSet = Examples.load(injector);
		for (Path file : Examples.files()) {
			XtextResource resource = Examples.resource(resourceSet, file);
			assertTrue(resource.getErrors().isEmpty(), file + ": " + resource.getErrors());
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			assertTrue(issues.isEmpty(), file + ": " + issues);
		}
	}

	@Test
	void examplesHoldBothKindsOfPlan() throws Exception {
		XtextResourceSet resourceSet = Examples.load(injector);
		int defense = 0;
		int cooperation = 0;
		for (Path file : Examples.files()) {
			PlanModel model = (PlanModel) Examples.resource(resourceSet, file).getContents().get(0);
			for (Plan plan : model.getPlans()) {
				defense += plan instanceof BilateralDefensePlan ? 1 : 0;
				cooperation += plan instanceof MutualCooperationPlan ? 1 : 0;
				assertTrue(plan.getTasks().size() > 10, plan.getName());
			}
		}
		assertEquals(1, defense);
		assertEquals(1, cooperation);
	}
}
