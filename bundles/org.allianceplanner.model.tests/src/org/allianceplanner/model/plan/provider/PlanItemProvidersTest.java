package org.allianceplanner.model.plan.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceplanner.model.edit.GuidelinesLabelsAdapterFactory;
import org.allianceplanner.model.edit.PlanLabelsAdapterFactory;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.provider.GuidelinesItemProviderAdapterFactory;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.library.GuidelinesLibrary;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

/** The generated item providers give labels, icons and property descriptors for both packages. */
class PlanItemProvidersTest {

	private final ComposedAdapterFactory factory = new ComposedAdapterFactory(
			List.of(new PlanItemProviderAdapterFactory(), new GuidelinesItemProviderAdapterFactory()));

	@Test
	void taskHasLabelIconAndProperties() {
		Task task = PlanFactory.eINSTANCE.createTask();
		task.setName("refuel");
		task.setKind(TaskKind.REAR_AREA_SUPPORT);
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(task, IItemLabelProvider.class);
		assertEquals("Task refuel", labels.getText(task));
		assertNotNull(labels.getImage(task));
		IItemPropertySource properties = (IItemPropertySource) factory.adapt(task, IItemPropertySource.class);
		List<String> ids = properties.getPropertyDescriptors(task).stream().map(d -> d.getId(task)).toList();
		assertTrue(ids.containsAll(List.of("name", "kind", "field", "areas", "stages", "implements")), ids.toString());
		IItemPropertyDescriptor kind = properties.getPropertyDescriptor(task, "kind");
		assertEquals("Kind", kind.getDisplayName(task));
	}

	@Test
	void clausesHaveLabels() {
		var clause = GuidelinesLibrary.getDefault().findClause("IV.2(2)a").orElseThrow();
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(clause, IItemLabelProvider.class);
		assertEquals("Clause IV.2(2)a", labels.getText(clause));
		assertNotNull(labels.getImage(clause));
	}

	/** The factories registered in plugin.xml label Guidelines elements the way readers cite them. */
	private final ComposedAdapterFactory registered = new ComposedAdapterFactory(
			List.of(new PlanLabelsAdapterFactory(), new GuidelinesLabelsAdapterFactory()));

	@Test
	void guidelinesLabelsCiteIdentifierAndHeading() {
		GuidelinesLibrary library = GuidelinesLibrary.getDefault();
		assertEquals("IV.2(2)a Operations to Counter Air Attack against Japan", textOf(library.find("IV.2(2)a").orElseThrow()));
		assertEquals("Annex.2.b Rear area support", textOf(library.find("Annex.2.b").orElseThrow()));
		assertEquals("SCC Security Consultative Committee", textOf(library.find("SCC").orElseThrow()));
		String item = textOf(library.find("Annex.2.b.i.1").orElseThrow());
		assertTrue(item.startsWith("Annex.2.b.i.1 Provision of materials") && item.endsWith("\u2026"), item);
		String untitled = textOf(library.find("II.2").orElseThrow());
		assertTrue(untitled.startsWith("II.2 Japan will conduct all its actions"), untitled);
	}

	@Test
	void assignmentsShowPartyAndRole() {
		Party party = PlanFactory.eINSTANCE.createParty();
		party.setName("JMSDF");
		Assignment assignment = PlanFactory.eINSTANCE.createAssignment();
		assignment.setParty(party);
		assignment.setRole(RoleKind.SUPPLEMENT);
		assertEquals("JMSDF: supplement", textOf(assignment));
	}

	private String textOf(Object object) {
		return ((IItemLabelProvider) registered.adapt(object, IItemLabelProvider.class)).getText(object);
	}
}
