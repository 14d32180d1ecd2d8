package org.allianceplanner.dsl.ide.symbol;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.CommonProcedure;
import org.allianceplanner.model.plan.CoordinationCenter;
import org.allianceplanner.model.plan.CoordinationCommittee;
import org.allianceplanner.model.plan.IntelligenceProduct;
import org.allianceplanner.model.plan.LegalBasis;
import org.allianceplanner.model.plan.LiaisonOfficer;
import org.allianceplanner.model.plan.Measure;
import org.allianceplanner.model.plan.Mechanism;
import org.allianceplanner.model.plan.Milestone;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.model.plan.PlanPackage;
import org.allianceplanner.model.plan.PlanResource;
import org.allianceplanner.model.plan.PointOfContact;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.SupplyItem;
import org.allianceplanner.model.plan.Task;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The kinds of named plan elements as document and workspace symbols: each kind has its own LSP
 * {@link SymbolKind} (so that clients can tell a task from a party by the symbol alone) and the words
 * the plan language uses for it. The one place that maps plan element classes to symbol kinds.
 */
public enum PlanSymbolKinds {

	/** A file's package: the root of its symbols, never grouped nor listed among the elements. */
	PACKAGE(PlanModel.class, SymbolKind.Package, "package", "Packages"),
	// the order of the outline's groups: what plans refer to, then the plans and what they contain
	PARTY(Party.class, SymbolKind.Class, "party", "Parties"),
	AREA(Area.class, SymbolKind.Namespace, "area", "Areas"),
	LEGAL_BASIS(LegalBasis.class, SymbolKind.Key, "legal basis", "Legal bases"),
	RESOURCE(PlanResource.class, SymbolKind.Object, "resource", "Resources"),
	SUPPLY_ITEM(SupplyItem.class, SymbolKind.Field, "supply item", "Supply items"),
	INTELLIGENCE_PRODUCT(IntelligenceProduct.class, SymbolKind.File, "intelligence product", "Intelligence products"),
	MECHANISM(Mechanism.class, SymbolKind.Interface, "mechanism", "Mechanisms"),
	PLAN(Plan.class, SymbolKind.Module, "plan", "Plans"),
	READINESS_STAGE(ReadinessStage.class, SymbolKind.Event, "readiness stage", "Readiness stages"),
	COMMON_PROCEDURE(CommonProcedure.class, SymbolKind.Method, "common procedure", "Common procedures"),
	TASK(Task.class, SymbolKind.Function, "task", "Tasks"),
	MEASURE(Measure.class, SymbolKind.Operator, "measure", "Measures"),
	MILESTONE(Milestone.class, SymbolKind.Constant, "milestone", "Milestones"),
	COORDINATION_BODY(null, SymbolKind.Struct, "coordination body", "Coordination bodies");

	private static final List<Class<?>> COORDINATION_BODIES = List.of(CoordinationCommittee.class,
			CoordinationCenter.class, LiaisonOfficer.class, PointOfContact.class);

	private static final Map<SymbolKind, PlanSymbolKinds> BY_SYMBOL_KIND = new LinkedHashMap<>();
	static {
		for (PlanSymbolKinds kind : values()) {
			BY_SYMBOL_KIND.put(kind.symbolKind, kind);
		}
	}

	private final Class<?> type;
	private final SymbolKind symbolKind;
	private final String word;
	private final String group;

	PlanSymbolKinds(Class<?> type, SymbolKind symbolKind, String word, String group) {
		this.type = type;
		this.symbolKind = symbolKind;
		this.word = word;
		this.group = group;
	}

	/** The LSP symbol kind of this plan element kind. */
	public SymbolKind symbolKind() {
		return symbolKind;
	}

	/** The language's word for it: "readiness stage", "task". */
	public String word() {
		return word;
	}

	/** The heading of a group of such elements: "Readiness stages". */
	public String group() {
		return group;
	}

	/** The kinds of plan elements proper: every kind but {@link #PACKAGE}. */
	public static Set<PlanSymbolKinds> elements() {
		return EnumSet.complementOf(EnumSet.of(PACKAGE));
	}

	/** The plan element kind of a model class, or null for classes that are not named plan elements. */
	public static PlanSymbolKinds of(EClass eClass) {
		if (eClass == null || eClass.getEPackage() != PlanPackage.eINSTANCE) {
			return null;
		}
		Class<?> instanceClass = eClass.getInstanceClass();
		for (PlanSymbolKinds kind : values()) {
			if (kind.type != null && kind.type.isAssignableFrom(instanceClass)) {
				return kind;
			}
		}
		for (Class<?> body : COORDINATION_BODIES) {
			if (body.isAssignableFrom(instanceClass)) {
				return COORDINATION_BODY;
			}
		}
		return null;
	}

	/** The plan element kind a symbol kind stands for, or null. */
	public static PlanSymbolKinds of(SymbolKind symbolKind) {
		return BY_SYMBOL_KIND.get(symbolKind);
	}
}
