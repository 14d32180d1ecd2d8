package org.allianceplanner.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.PlanPackage;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.testing.CompliantPlans;
import org.allianceplanner.validation.settings.ValidationSettings;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same rules through EMF's Diagnostician, on a model saved to XMI and loaded back. */
class AllianceEValidatorTest {

	@BeforeAll
	static void register() {
		AllianceEValidator.register();
	}

	@Test
	void registeredForThePlanPackage() {
		assertTrue(EValidator.Registry.INSTANCE.getEValidator(PlanPackage.eINSTANCE) instanceof AllianceEValidator);
	}

	@Test
	void xmiModelIsCheckedByTheCatalogRules(@TempDir Path dir) throws Exception {
		CompliantPlans fx = new CompliantPlans();
		Task t = fx.task(fx.defensePlan("bdp"), "counterAir", TaskKind.AIR_DEFENSE);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		fx.assign(t, fx.usf(), RoleKind.PRIMARY);
		URI file = URI.createFileURI(dir.resolve("plan.xmi").toString());
		Resource out = new XMIResourceFactoryImpl().createResource(file);
		out.getContents().add(fx.model());
		out.save(null);

		ResourceSet rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		PlanModel loaded = (PlanModel) rs.getResource(file, true).getContents().get(0);
		Diagnostic d = Diagnostician.INSTANCE.validate(loaded);
		assertEquals(Diagnostic.ERROR, d.getSeverity());
		List<Diagnostic> ours = d.getChildren().stream()
				.filter(c -> AllianceEValidator.DIAGNOSTIC_SOURCE.equals(c.getSource())).toList();
		assertEquals(1, ours.size(), ours::toString);
		Diagnostic air = ours.get(0);
		assertEquals(Rule.ROLE_AIR_DEFENSE.ordinal(), air.getCode());
		assertTrue(air.getMessage().startsWith("[ROLE-AIR-DEFENSE] usf holds primary responsibility"), air.getMessage());
		assertTrue(air.getMessage().endsWith("(IV.2(2)a)"), air.getMessage());
		assertEquals(PlanPackage.Literals.ASSIGNMENT__ROLE, air.getData().get(1));
		Finding f = (Finding) air.getData().get(2);
		assertEquals(List.of("role", "SUPPORT"), f.fix().data());
	}

	@Test
	void contextSettingsApply() {
		CompliantPlans fx = new CompliantPlans();
		Task t = fx.task(fx.defensePlan("bdp"), "counterAir", TaskKind.AIR_DEFENSE);
		fx.assign(t, fx.usf(), RoleKind.PRIMARY);
		fx.assign(t, fx.jsdf(), RoleKind.PRIMARY);
		Map<Object, Object> context = new HashMap<>();
		context.put(AllianceEValidator.SETTINGS, ValidationSettings.withOverrides(Map.of(Rule.ROLE_AIR_DEFENSE, Severity.WARNING)));
		Diagnostic d = Diagnostician.INSTANCE.validate(fx.model(), context);
		assertEquals(Diagnostic.WARNING, d.getSeverity());
	}
}
