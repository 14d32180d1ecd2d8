package org.allianceplanner.diagram.glsp.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceplanner.diagram.description.viewpoint.DiagramDescription;
import org.allianceplanner.diagram.description.viewpoint.Mapping;
import org.allianceplanner.diagram.description.viewpoint.Tool;
import org.allianceplanner.diagram.description.viewpoint.ToolKind;
import org.allianceplanner.diagram.edit.CreateArea;
import org.allianceplanner.diagram.edit.CreateAreaRelation;
import org.allianceplanner.diagram.edit.CreateAssignment;
import org.allianceplanner.diagram.edit.CreateCoordinationCommittee;
import org.allianceplanner.diagram.edit.CreateIntelligenceProduct;
import org.allianceplanner.diagram.edit.CreateLiaisonOfficer;
import org.allianceplanner.diagram.edit.CreateParty;
import org.allianceplanner.diagram.edit.CreateReadinessStage;
import org.allianceplanner.diagram.edit.CreateReferenceEdge;
import org.allianceplanner.diagram.edit.CreateSharedWith;
import org.allianceplanner.diagram.edit.CreateTask;
import org.allianceplanner.diagram.edit.DeleteEdge;
import org.allianceplanner.diagram.edit.DeleteElement;
import org.allianceplanner.diagram.edit.EditException;
import org.allianceplanner.diagram.edit.EditTitle;
import org.allianceplanner.diagram.edit.MoveElement;
import org.allianceplanner.diagram.edit.PlanEdit;
import org.allianceplanner.diagram.edit.ReconnectEdge;
import org.allianceplanner.diagram.edit.ReferenceEdge;
import org.allianceplanner.diagram.edit.RenameElement;
import org.allianceplanner.diagram.glsp.DiagramTypes;
import org.allianceplanner.diagram.graph.DiagramEdge;
import org.allianceplanner.diagram.graph.DiagramElement;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.guidelines.AreaKind;
import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.library.GuidelinesLibrary;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.CoordinationCommittee;
import org.allianceplanner.model.plan.IntelligenceProduct;
import org.allianceplanner.model.plan.LiaisonOfficer;
import org.allianceplanner.model.plan.Mechanism;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.PartyKind;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.guidelines.SituationKind;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;

/**
 * Turns what the diagram's user did (a palette tool on a container, an edge drawn between two elements, a
 * label edited, ...) into the headless edit operation that writes it in the plan text. The element ids are the
 * core's stable identities; the plan elements behind them come from {@link DiagramSource}.
 */
public class PlanEditor {

	/** {@code CreateEdgeOperation} argument of a role tool: the role, as written in plans ({@code support}). */
	public static final String ARG_ROLE = "role";
	/**
	 * {@code CreateNodeOperation} argument: the kind of the new task, party or area, or the situation of a new
	 * readiness stage, as written in plans.
	 */
	public static final String ARG_KIND = "kind";

	/** What node tools can create: the class their mapping draws. */
	private static final List<String> NODE_DOMAINS = List.of("Task", "Party", "Area", "IntelligenceProduct",
			"ReadinessStage", "CoordinationCommittee");

	/** Edges that are elements of their own or need more than a reference value: by their (source) class. */
	private static final List<String> EDGE_DOMAINS = List.of("Assignment", "IntelligenceProduct", "LiaisonOfficer",
			"Area");

	/** How the interpreter names an element of the Guidelines ({@code guidelines:IV.2(1)c}). */
	private static final String GUIDELINES_PREFIX = "guidelines:";

	@Inject
	private DiagramSource source;

	@Inject
	private PlanLanguage language;

	private <T> T operation(Class<T> type) {
		return language.get(type);
	}

	/**
	 * The node tools and edge tools this server can carry out: by the domain class their mapping draws, and every
	 * edge tool whose {@code feature} is a cross reference of its sources that the plan text writes (a value
	 * added to that reference).
	 */
	public static boolean supported(Tool tool) {
		String domain = domainName(tool);
		return switch (tool.getKind()) {
		case NODE_CREATION -> NODE_DOMAINS.contains(domain);
		case EDGE_CREATION -> EDGE_DOMAINS.contains(domain) || referenceOf(tool) != null;
		default -> true;
		};
	}

	/**
	 * The cross reference an edge tool's {@code feature} names, if its sources have it and the text writes it
	 * (not a containment, not derived); else null.
	 */
	static EReference referenceOf(Tool tool) {
		if (!(tool.getFeature() instanceof EReference reference) || reference.isContainment()
				|| reference.isContainer() || reference.isDerived() || !reference.isChangeable()) {
			return null;
		}
		EClass source = domainClass(tool);
		return source != null && source.getEAllReferences().contains(reference) ? reference : null;
	}

	/** The class of what the tool's first mapping draws; for a relation edge, the class of its sources. */
	static String domainName(Tool tool) {
		EClass domain = domainClass(tool);
		return domain == null ? "" : domain.getName();
	}

	private static EClass domainClass(Tool tool) {
		if (tool.getMappings().isEmpty()) {
			return null;
		}
		Mapping mapping = tool.getMappings().get(0);
		EClass domain = mapping.getDomainClass();
		if (domain == null && mapping instanceof org.allianceplanner.diagram.description.viewpoint.EdgeMapping edge
				&& !edge.getSourceMappings().isEmpty()) {
			domain = edge.getSourceMappings().get(0).getDomainClass();
		}
		return domain;
	}

	public Tool tool(String name, ToolKind kind) {
		DiagramDescription description = source.description();
		if (description != null) {
			for (Tool tool : description.getTools()) {
				if (tool.getName().equals(name) && tool.getKind() == kind) {
					return tool;
				}
			}
		}
		throw new EditException("The diagram " + source.diagramName() + " has no " + kind.getLiteral() + " tool called " + name);
	}

	public PlanEdit createNode(String toolName, String containerId, Map<String, String> args) {
		Tool tool = tool(toolName, ToolKind.NODE_CREATION);
		PlanModel model = model();
		EObject container = containerId == null ? null : source.semanticElement(containerId).orElse(null);
		String kind = args == null ? null : args.get(ARG_KIND);
		switch (domainName(tool)) {
		case "Task": {
			ReadinessStage stage = container instanceof ReadinessStage s ? s : null;
			Plan plan = stage != null ? (Plan) stage.eContainer() : container instanceof Plan p ? p : firstPlan(model);
			TaskKind taskKind = kind == null ? TaskKind.OTHER : named(TaskKind.VALUES, kind);
			return operation(CreateTask.class).create(plan, null, require(taskKind, "task kind", kind), null, stage);
		}
		case "Party": {
			PartyKind partyKind = kind == null ? PartyKind.VALUES.get(0) : named(PartyKind.VALUES, kind);
			return operation(CreateParty.class).create(model, null, require(partyKind, "party kind", kind), null);
		}
		case "Area": {
			AreaKind areaKind = kind == null ? AreaKind.OTHER : named(AreaKind.VALUES, kind);
			return operation(CreateArea.class).create(model, null, require(areaKind, "area kind", kind), null,
					container instanceof Area a ? a : null);
		}
		case "IntelligenceProduct":
			return operation(CreateIntelligenceProduct.class).create(model, null, null, null);
		case "ReadinessStage": {
			Plan plan = container instanceof Plan p ? p
					: container instanceof ReadinessStage s ? (Plan) s.eContainer() : firstPlan(model);
			SituationKind situation = kind == null ? null : require(named(SituationKind.VALUES, kind), "situation", kind);
			return operation(CreateReadinessStage.class).create(plan, null, null, situation);
		}
		case "CoordinationCommittee": {
			BilateralCoordinationMechanism mechanism = container instanceof BilateralCoordinationMechanism b ? b
					: container instanceof CoordinationCommittee c ? (BilateralCoordinationMechanism) c.eContainer()
					: mechanism();
			return operation(CreateCoordinationCommittee.class).create(mechanism, null, null);
		}
		default:
			throw new EditException("The tool " + label(tool) + " cannot create a " + domainName(tool)
					+ " in the diagram yet; write it in the plan text");
		}
	}

	public PlanEdit createEdge(String toolName, String sourceId, String targetId, Map<String, String> args) {
		Tool tool = tool(toolName, ToolKind.EDGE_CREATION);
		EObject from = semantic(sourceId);
		EObject to = semantic(targetId);
		if (from instanceof Party party && to instanceof Task task) {
			String role = args == null ? null : args.get(ARG_ROLE);
			RoleKind kind = role == null ? RoleKind.SUPPORT : named(RoleKind.VALUES, role);
			return operation(CreateAssignment.class).create(party, task, require(kind, "role", role));
		}
		if (from instanceof IntelligenceProduct product && to instanceof Party party) {
			return operation(CreateSharedWith.class).create(product, party);
		}
		if (from instanceof Party a && to instanceof Party b) {
			return operation(CreateLiaisonOfficer.class).create(mechanism(), null, a, b);
		}
		if (from instanceof Area a && to instanceof Area b) {
			EStructuralFeature feature = tool.getFeature();
			return feature != null && "within".equals(feature.getName())
					? operation(CreateAreaRelation.class).within(a, b)
					: operation(CreateAreaRelation.class).near(a, b);
		}
		EReference reference = referenceOf(tool);
		if (reference != null && reference.getEContainingClass().isInstance(from)) {
			return operation(CreateReferenceEdge.class).create(new ReferenceEdge(from, reference, to));
		}
		throw new EditException("The tool " + label(tool) + " cannot connect " + describe(from) + " to " + describe(to));
	}

	public PlanEdit delete(String elementId) {
		DiagramElement element = source.element(elementId)
				.orElseThrow(() -> new EditException("The diagram has no element " + elementId));
		Optional<EObject> semantic = source.semanticElement(elementId);
		if (element instanceof DiagramEdge edge && !(semantic.orElse(null) instanceof Assignment)
				&& !(semantic.orElse(null) instanceof LiaisonOfficer)) {
			return operation(DeleteEdge.class).delete(referenceEdge(edge));
		}
		return operation(DeleteElement.class).delete(semantic
				.orElseThrow(() -> new EditException("The element " + elementId + " stands for nothing in the plan")));
	}

	public PlanEdit editLabel(String labelId, String text) {
		String elementId = labelId.endsWith(DiagramTypes.LABEL_SUFFIX)
				? labelId.substring(0, labelId.length() - DiagramTypes.LABEL_SUFFIX.length())
				: labelId;
		EObject semantic = semantic(elementId);
		if (!(semantic instanceof PlanElement element)) {
			throw new EditException("The label of " + describe(semantic) + " cannot be edited");
		}
		Tool tool = directEditTool(source.element(elementId).map(PlanEditor::mappingName).orElse(""));
		if (tool != null && tool.getFeature() != null && "name".equals(tool.getFeature().getName())) {
			return operation(RenameElement.class).rename(element, text.strip());
		}
		return operation(EditTitle.class).edit(element, text.strip());
	}

	public PlanEdit reconnect(String edgeId, String sourceId, String targetId) {
		DiagramElement element = source.element(edgeId)
				.orElseThrow(() -> new EditException("The diagram has no edge " + edgeId));
		if (!(element instanceof DiagramEdge edge)) {
			throw new EditException(edgeId + " is not an edge");
		}
		EObject from = semantic(sourceId);
		EObject to = semantic(targetId);
		EObject semantic = source.semanticElement(edgeId).orElse(null);
		if (semantic instanceof Assignment assignment && from instanceof Party party && to instanceof Task task) {
			return operation(ReconnectEdge.class).reconnect(assignment, party, task);
		}
		if (semantic instanceof LiaisonOfficer officer && from instanceof Party a && to instanceof Party b) {
			return operation(ReconnectEdge.class).reconnect(officer, a, b);
		}
		return operation(ReconnectEdge.class).reconnect(referenceEdge(edge), from, to);
	}

	public PlanEdit move(String elementId, String targetContainerId) {
		EObject element = semantic(elementId);
		EObject target = targetContainerId == null ? null : source.semanticElement(targetContainerId).orElse(null);
		EObject from = source.diagram().flatMap(d -> d.parentOf(elementId)).flatMap(source::semanticElement).orElse(null);
		if (element instanceof Task task && target instanceof ReadinessStage stage) {
			return operation(MoveElement.class).moveToStage(task, from instanceof ReadinessStage s ? s : null, stage);
		}
		if (element instanceof Task task && target instanceof Area area) {
			return operation(MoveElement.class).moveToArea(task, from instanceof Area a ? a : null, area);
		}
		if (element instanceof Area area && (target == null || target instanceof Area)) {
			return operation(MoveElement.class).moveToArea(area, (Area) target);
		}
		throw new EditException(describe(element) + " cannot be moved into " + (target == null ? "the diagram" : describe(target)));
	}

	/** An edge the diagram draws for one value of a reference: the source's reference that holds the target. */
	private ReferenceEdge referenceEdge(DiagramEdge edge) {
		EObject from = semantic(edge.sourceIdentity());
		EObject to = semantic(edge.targetIdentity());
		for (EReference reference : from.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isDerived() || reference.isContainer()) {
				continue;
			}
			Object value = from.eGet(reference);
			if (value == to || value instanceof List<?> list && list.contains(to)) {
				return new ReferenceEdge(from, reference, to);
			}
		}
		throw new EditException("The edge from " + describe(from) + " to " + describe(to)
				+ " is not a reference written in the plan; change it in the text");
	}

	private Tool directEditTool(String mapping) {
		DiagramDescription description = source.description();
		for (Tool tool : description == null ? List.<Tool>of() : description.getTools()) {
			if (tool.getKind() == ToolKind.DIRECT_EDIT && tool.getMappings().stream().anyMatch(m -> mapping.equals(m.getName()))) {
				return tool;
			}
		}
		return null;
	}

	private static String mappingName(DiagramElement element) {
		return element instanceof org.allianceplanner.diagram.graph.DiagramNode n ? n.mappingName()
				: ((DiagramEdge) element).mappingName();
	}

	private EObject semantic(String elementId) {
		return source.semanticElement(elementId).or(() -> guidelinesElement(elementId))
				.orElseThrow(() -> new EditException("The diagram element " + elementId + " stands for nothing in the plan"));
	}

	/**
	 * A clause (or other element) of the Guidelines a node stands for ({@code guidelines:IV.2(1)c}): the plan's
	 * references resolve into the Guidelines library, which is not one of the plan files the diagram's elements
	 * are looked up in. The instance the plans already refer to is taken, else the shared library.
	 */
	private Optional<EObject> guidelinesElement(String elementId) {
		String name = source.element(elementId)
				.map(e -> e instanceof org.allianceplanner.diagram.graph.DiagramNode n ? n.semanticElement() : null)
				.orElse(null);
		if (name == null || !name.startsWith(GUIDELINES_PREFIX)) {
			return Optional.empty();
		}
		String identifier = name.substring(GUIDELINES_PREFIX.length());
		XtextResourceSet plans = source.resourceSet();
		for (Resource resource : plans == null ? List.<Resource>of() : List.copyOf(plans.getResources())) {
			for (var it = resource.getAllContents(); it.hasNext();) {
				if (it.next() instanceof PlanElement element) {
					for (GuidelinesElement cited : element.getImplements()) {
						EObject found = cited.eIsProxy() || cited.eResource() == null ? null
								: cited.eResource().getEObject(identifier);
						if (found instanceof GuidelinesElement) {
							return Optional.of(found);
						}
					}
				}
			}
		}
		return GuidelinesLibrary.getDefault().find(identifier).map(EObject.class::cast);
	}

	private PlanModel model() {
		PlanModel model = source.model();
		if (model == null) {
			throw new EditException(source.planFile() + " does not parse; correct the text first");
		}
		return model;
	}

	private static Plan firstPlan(PlanModel model) {
		if (model.getPlans().isEmpty()) {
			throw new EditException("The file has no plan to add a task to");
		}
		return model.getPlans().get(0);
	}

	/** The file's bilateral coordination mechanism, else the one its first plan is coordinated through. */
	private BilateralCoordinationMechanism mechanism() {
		PlanModel model = model();
		for (Mechanism m : model.getMechanisms()) {
			if (m instanceof BilateralCoordinationMechanism b) {
				return b;
			}
		}
		for (Plan plan : model.getPlans()) {
			if (plan.getCoordinatedThrough() != null && !plan.getCoordinatedThrough().eIsProxy()) {
				return plan.getCoordinatedThrough();
			}
		}
		throw new EditException("The file has no bilateral coordination mechanism, and its plans are coordinated"
				+ " through none: write one in the plan text first");
	}

	/** The enum value of that name, as plans write it ({@code cooperation}) or as Java does ({@code COOPERATION}). */
	static <E extends org.eclipse.emf.common.util.Enumerator> E named(List<E> values, String given) {
		String wanted = given.strip().replace(' ', '_');
		for (E value : values) {
			if (value.getName().equalsIgnoreCase(wanted) || value.getLiteral().equalsIgnoreCase(wanted)) {
				return value;
			}
		}
		return null;
	}

	private static <T> T require(T value, String what, String given) {
		if (value == null) {
			throw new EditException("No " + what + " is called '" + given + "'");
		}
		return value;
	}

	private static String label(Tool tool) {
		return tool.getLabel() != null ? "'" + tool.getLabel() + "'" : tool.getName();
	}

	private static String describe(EObject o) {
		if (o == null) {
			return "nothing";
		}
		EStructuralFeature name = o.eClass().getEStructuralFeature("name");
		Object value = name == null ? null : o.eGet(name);
		return "the " + o.eClass().getName() + (value == null ? "" : " " + value);
	}
}
