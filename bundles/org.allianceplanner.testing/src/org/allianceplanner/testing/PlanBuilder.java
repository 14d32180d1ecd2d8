package org.allianceplanner.testing;

import java.util.List;
import java.util.function.Consumer;

import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.Government;
import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.allianceplanner.model.guidelines.SupplyCategory;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.Classification;
import org.allianceplanner.model.plan.ComprehensiveMechanism;
import org.allianceplanner.model.plan.ContributionKind;
import org.allianceplanner.model.plan.LegalBasis;
import org.allianceplanner.model.plan.MutualCooperationPlan;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.model.plan.PlanFactory;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.Releasability;
import org.allianceplanner.model.plan.SupplyItem;
import org.allianceplanner.model.plan.Suppression;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.model.plan.Unit;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Builds plan models with the EMF factory, the way a parsed {@code .alliance} file holds them: each plan file
 * is a {@link PlanModel} in its own resource of one resource set, so rules that look across files see them.
 * Top-level elements go into the current file ({@link #model()}); tasks, assignments and stages into the
 * element given. Every method returns what it made, for the test to refine or break.
 */
public final class PlanBuilder {

	/** The factory, for the elements this builder has no method for. */
	public static final PlanFactory F = PlanFactory.eINSTANCE;

	private final ResourceSet resourceSet = new ResourceSetImpl();
	private PlanModel model;

	/** A builder with one empty plan file, {@code plans/main.planxmi}. */
	public PlanBuilder() {
		model = file("plans/main.planxmi");
	}

	/** The current file's name (the language's {@code package}). */
	public PlanBuilder named(String name) {
		model.setName(name);
		return this;
	}

	/** A new, empty plan file in the same resource set; {@link #in} makes it the current file. */
	public PlanModel file(String path) {
		Resource resource = new XMIResourceImpl(URI.createURI(path));
		resourceSet.getResources().add(resource);
		PlanModel file = F.createPlanModel();
		resource.getContents().add(file);
		return file;
	}

	/** Makes a file of this builder the current one: later top-level elements go into it. */
	public PlanBuilder in(PlanModel file) {
		model = file;
		return this;
	}

	public PlanModel model() {
		return model;
	}

	public ResourceSet resourceSet() {
		return resourceSet;
	}

	// ---- top-level elements of the current file

	public Party party(String name, PartyKind kind, Government government) {
		Party party = named(F.createParty(), name, model.getParties(), p -> p.setKind(kind));
		party.setGovernment(government);
		return party;
	}

	public Area area(String name, AreaKind kind) {
		return named(F.createArea(), name, model.getAreas(), a -> a.setKind(kind));
	}

	public LegalBasis legalBasis(String name, LegalBasisKind kind, String reference) {
		LegalBasis basis = named(F.createLegalBasis(), name, model.getLegalBases(), b -> b.setKind(kind));
		basis.setReference(reference);
		return basis;
	}

	public SupplyItem supply(String name, SupplyCategory category) {
		return named(F.createSupplyItem(), name, model.getSupplyItems(), i -> i.setCategory(category));
	}

	public Unit unit(String name, Party owner) {
		return named(F.createUnit(), name, model.getResources(), u -> u.setOwner(owner));
	}

	public ComprehensiveMechanism comprehensiveMechanism(String name, Party... participants) {
		return named(F.createComprehensiveMechanism(), name, model.getMechanisms(),
				m -> m.getParticipants().addAll(List.of(participants)));
	}

	public BilateralCoordinationMechanism coordinationMechanism(String name, Party... participants) {
		return named(F.createBilateralCoordinationMechanism(), name, model.getMechanisms(),
				m -> m.getParticipants().addAll(List.of(participants)));
	}

	/** A bilateral defense plan with only a name and its situations. */
	public BilateralDefensePlan defensePlan(String name, SituationKind... situations) {
		return named(F.createBilateralDefensePlan(), name, model.getPlans(),
				p -> p.getSituations().addAll(List.of(situations)));
	}

	/** A mutual cooperation plan with only a name and its situations. */
	public MutualCooperationPlan cooperationPlan(String name, SituationKind... situations) {
		return named(F.createMutualCooperationPlan(), name, model.getPlans(),
				p -> p.getSituations().addAll(List.of(situations)));
	}

	// ---- contents of a plan or a task

	public static Task task(Plan plan, String name, TaskKind kind) {
		Task task = named(F.createTask(), name, plan.getTasks());
		task.setKind(kind);
		return task;
	}

	public static Assignment assign(Task task, Party party, RoleKind role, ContributionKind... contributions) {
		Assignment assignment = F.createAssignment();
		assignment.setParty(party);
		assignment.setRole(role);
		assignment.getContributions().addAll(List.of(contributions));
		task.getAssignments().add(assignment);
		return assignment;
	}

	/** A readiness stage without standards or concurrences. */
	public static ReadinessStage stage(Plan plan, String name, int level, SituationKind situation) {
		ReadinessStage stage = named(F.createReadinessStage(), name, plan.getReadinessStages());
		stage.setLevel(level);
		stage.setSituation(situation);
		return stage;
	}

	public static Suppression suppression(String rule, String reason) {
		Suppression suppression = F.createSuppression();
		suppression.setRule(rule);
		suppression.setReason(reason);
		return suppression;
	}

	// ---- refinements of any element

	public static <T extends PlanElement> T titled(T element, String title) {
		element.setTitle(title);
		return element;
	}

	/** The security markings of an element. */
	public static <T extends PlanElement> T mark(T element, Classification classification, Releasability releasability) {
		element.setClassification(classification);
		element.setReleasability(releasability);
		return element;
	}

	private static <T extends PlanElement> T named(T element, String name, List<? super T> into) {
		return named(element, name, into, e -> {
		});
	}

	/** Names the element, sets what the caller sets, then adds it (notifications see it complete). */
	private static <T extends PlanElement> T named(T element, String name, List<? super T> into, Consumer<T> set) {
		element.setName(name);
		set.accept(element);
		into.add(element);
		return element;
	}
}
