package org.allianceplanner.docgen.internal.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

import org.allianceplanner.docgen.content.FigureBlock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.allianceplanner.docgen.Finding;
import org.allianceplanner.docgen.content.Block;
import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.ItemList;
import org.allianceplanner.docgen.content.Paragraph;
import org.allianceplanner.docgen.content.Section;
import org.allianceplanner.docgen.content.Table;
import org.allianceplanner.model.guidelines.AnnexFunction;
import org.allianceplanner.model.guidelines.Clause;
import org.allianceplanner.model.guidelines.GuidelinesDocument;
import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.CommonProcedure;
import org.allianceplanner.model.plan.ComprehensiveMechanism;
import org.allianceplanner.model.plan.Concurrence;
import org.allianceplanner.model.plan.Consent;
import org.allianceplanner.model.plan.CoordinationCenter;
import org.allianceplanner.model.plan.CoordinationCommittee;
import org.allianceplanner.model.plan.LegalBasis;
import org.allianceplanner.model.plan.LiaisonOfficer;
import org.allianceplanner.model.plan.Measure;
import org.allianceplanner.model.plan.Milestone;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.model.plan.PlanPackage;
import org.allianceplanner.model.plan.PlanResource;
import org.allianceplanner.model.plan.PointOfContact;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.plan.ReadinessStandard;
import org.allianceplanner.model.plan.SupplyItem;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.model.plan.TaskKind;
import org.allianceplanner.model.wording.Wording;

/**
 * Builds the plan document, one small method per section, in the order a staff officer reads it: premises,
 * situations, readiness stages, common procedures, tasks, logistics, coordination mechanism, milestones,
 * traceability, validation findings, glossary. Everything printed goes through {@link Marks#use}, so that
 * nothing unreleasable reaches the content and the banner shows the highest classification used.
 */
public final class PlanDocumentBuilder {

	private final Marks marks;
	private final Edition edition;
	private final SectionIds ids = new SectionIds();

	public PlanDocumentBuilder(Edition edition) {
		this.edition = edition;
		this.marks = new Marks(edition);
	}

	/**
	 * @param findings the validation findings for the plan, or {@code null} when validation results were not
	 *            supplied
	 */
	public Document build(Plan plan, Instant date, List<Finding> findings) {
		return build(plan, date, findings, List.of());
	}

	/**
	 * @param figures the plan's diagrams for this edition (already limited to what the audience may see); a
	 *            "Diagrams" section when there are any
	 */
	public Document build(Plan plan, Instant date, List<Finding> findings, List<FigureBlock> figures) {
		marks.use(plan);
		List<Section> sections = new ArrayList<>();
		sections.add(premises(plan));
		sections.add(situations(plan));
		sections.add(readinessStages(plan));
		sections.add(commonProcedures(plan));
		sections.add(tasks(plan));
		sections.add(logistics(plan));
		sections.add(coordination(plan));
		sections.add(milestones(plan));
		sections.add(traceability(plan));
		if (!figures.isEmpty()) {
			sections.add(section("diagrams", "Diagrams", List.copyOf(figures), List.of()));
		}
		sections.add(findings(plan, findings));
		sections.add(glossary());
		return new Document("plan", Names.of(plan), subtitle(plan), marks.banner(), date, sections);
	}

	private String subtitle(Plan plan) {
		String kind = Names.capitalized(Wording.kindOf(plan));
		return kind + " " + marks.portion(plan) + " \u2014 edition: " + edition.audience().label();
	}

	private Section section(String id, String title, List<Block> blocks, List<Section> subsections) {
		return new Section(ids.next("s", id), title, "", blocks, subsections);
	}

	private Section elementSection(PlanElement e, String prefix, List<Block> blocks, List<Section> subsections) {
		return new Section(ids.next(prefix, Names.id(e)), Names.of(e), marks.portion(e), blocks, subsections);
	}

	// --- Premises -------------------------------------------------------------------------------------

	private Section premises(Plan plan) {
		List<Block> blocks = new ArrayList<>();
		if (!Names.nonNull(plan.getDescription()).isEmpty()) {
			blocks.add(new Paragraph(plan.getDescription().strip()));
		}
		blocks.add(new Paragraph("This plan is consistent with the basic premises and principles of the "
				+ "Guidelines for Japan-U.S. Defense Cooperation (Section II)."));
		Clause premises = sectionTwo(plan);
		if (premises != null) {
			blocks.add(table("Basic premises and principles", List.of("Clause", "Text"),
					premises.getClauses().stream()
							.map(c -> List.of(Names.clause(c), Names.nonNull(c.getText()))).toList()));
		}
		List<List<String>> measures = new ArrayList<>();
		for (Measure m : edition.visible(plan.getMeasures())) {
			marks.use(m);
			measures.add(List.of(marks.portion(m) + " " + Names.of(m), Names.word(m.getGovernment()),
					Names.word(m.getKind()), Names.word(m.getModality())));
		}
		if (!measures.isEmpty()) {
			blocks.add(table("Measures for the Governments (II.4: recommended, never obliged)",
					List.of("Measure", "Government", "Kind", "Modality"), measures));
		}
		return section("premises", "Premises", blocks, List.of());
	}

	/** Section II of the Guidelines document the plan's traceability refers to, if the library is loaded. */
	private static Clause sectionTwo(Plan plan) {
		for (EObject e : (Iterable<EObject>) () -> EcoreUtil.getAllContents(List.of(plan))) {
			if (e instanceof PlanElement pe) {
				for (GuidelinesElement g : pe.getImplements()) {
					if (!g.eIsProxy() && EcoreUtil.getRootContainer(g) instanceof GuidelinesDocument doc) {
						return doc.getSections().stream().filter(c -> "II".equals(Names.clause(c))).findFirst()
								.orElse(null);
					}
				}
			}
		}
		return null;
	}

	// --- Situations -----------------------------------------------------------------------------------

	private Section situations(Plan plan) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new ItemList(plan.getSituations().stream().map(s -> Names.capitalized(Names.word(s))).toList()));
		List<Plan> concurrent = edition.visible(plan.getConcurrentWith());
		concurrent.forEach(marks::use);
		if (!concurrent.isEmpty()) {
			blocks.add(new Paragraph("May run at the same time as: " + Names.join(concurrent)
					+ " (a situation in areas surrounding Japan may develop into an armed attack against Japan)."));
		}
		return section("situations", "Situations", blocks, List.of());
	}

	// --- Readiness stages -----------------------------------------------------------------------------

	private Section readinessStages(Plan plan) {
		List<Section> stages = new ArrayList<>();
		for (ReadinessStage stage : sortedStages(edition.visible(plan.getReadinessStages()))) {
			marks.use(stage);
			stages.add(readinessStage(stage));
		}
		List<Block> intro = List.of(new Paragraph(
				"Readiness stages are selected by mutual agreement of the two Governments (VI.1(2))."));
		return section("readiness-stages", "Readiness stages", intro, stages);
	}

	static List<ReadinessStage> sortedStages(List<ReadinessStage> stages) {
		List<ReadinessStage> sorted = new ArrayList<>(stages);
		sorted.sort(Comparator.comparingInt(ReadinessStage::getLevel)); // stable: ties keep plan order
		return sorted;
	}

	/**
	 * What a standard says: its name or title if the author gave one, then its description. Standards are
	 * usually written unnamed ({@code standard for movements: "..."}), and the class name is no label.
	 */
	static String standardText(ReadinessStandard s) {
		boolean named = s.getTitle() != null && !s.getTitle().isBlank() || s.getName() != null && !s.getName().isBlank();
		String description = Names.nonNull(s.getDescription()).strip();
		if (!named) {
			return description;
		}
		return description.isEmpty() ? Names.of(s) : Names.of(s) + ": " + description;
	}

	private Section readinessStage(ReadinessStage stage) {
		List<Block> blocks = new ArrayList<>();
		Rows rows = new Rows().add("Level", Integer.toString(stage.getLevel()))
				.add("Situation", Names.word(stage.getSituation()))
				.add("Activates", Names.join(used(stage.getActivates())))
				.add("Concurrent with", Names.join(used(stage.getConcurrentWith())))
				.add("Description", stage.getDescription());
		blocks.add(rows.block());
		List<List<String>> standards = new ArrayList<>();
		for (ReadinessStandard s : used(stage.getStandards())) {
			standards.add(List.of(Names.capitalized(Names.word(s.getKind())), (marks.portion(s) + " " + standardText(s)).strip()));
		}
		blocks.add(table("Common standards", List.of("Standard for", "Standard"), standards));
		List<List<String>> agreement = new ArrayList<>();
		for (Concurrence c : used(stage.getConcurrences())) {
			agreement.add(List.of(Names.word(c.getGovernment()), Names.nonNull(c.getAuthority()),
					Names.nonNull(c.getDate())));
		}
		blocks.add(table("Mutual agreement", List.of("Government", "Authority", "Date"), agreement));
		return elementSection(stage, "stage", blocks, List.of());
	}

	// --- Common procedures ----------------------------------------------------------------------------

	private Section commonProcedures(Plan plan) {
		List<List<String>> rows = new ArrayList<>();
		for (CommonProcedure p : used(plan.getProcedures())) {
			rows.add(List.of(Names.capitalized(Names.word(p.getKind())), marks.portion(p) + " " + Names.of(p),
					Names.join(used(p.getParties())), Names.nonNull(p.getDescription())));
		}
		return section("common-procedures", "Common procedures", List.of(table("Common procedures (VI.1(3))",
				List.of("Procedure for", "Procedure", "Parties", "Description"), rows)), List.of());
	}

	// --- Tasks ----------------------------------------------------------------------------------------

	private Section tasks(Plan plan) {
		Map<String, List<Task>> groups = new LinkedHashMap<>();
		for (Task task : used(plan.getTasks())) {
			groups.computeIfAbsent(group(task), k -> new ArrayList<>()).add(task);
		}
		List<Section> sections = new ArrayList<>();
		for (Map.Entry<String, List<Task>> g : groups.entrySet()) {
			List<Section> tasks = new ArrayList<>();
			for (Task task : g.getValue()) {
				tasks.add(task(task));
			}
			sections.add(section("group-" + g.getKey(), g.getKey(), List.of(), tasks));
		}
		return section("tasks", "Tasks", List.of(), sections);
	}

	/** The Annex function a task implements, else the operation (task kind) it is. */
	private static String group(Task task) {
		for (GuidelinesElement g : task.getImplements()) {
			for (EObject e = g; e != null; e = e.eContainer()) {
				if (e instanceof AnnexFunction f) {
					return "Annex function: " + Names.of(f);
				}
			}
		}
		return "Operation: " + Names.capitalized(Names.word(task.getKind()));
	}

	private Section task(Task task) {
		List<Block> blocks = new ArrayList<>();
		if (!Names.nonNull(task.getDescription()).isEmpty()) {
			blocks.add(new Paragraph(task.getDescription().strip()));
		}
		Rows rows = new Rows().add("Identifier", task.getName())
				.add("Kind", Names.capitalized(Names.word(task.getKind())))
				.add("Annex field", task.eIsSet(PlanPackage.Literals.TASK__FIELD) ? Names.word(task.getField()) : "")
				.add("Situations", Names.words(task.getSituations()))
				.add("Readiness stages", Names.join(used(task.getStages())))
				.add("Areas", areas(used(task.getAreas())))
				.add("Assets", resources(used(task.getUses())))
				.add("Supply", supplies(used(task.getSupplies())))
				.add("Recipients", Names.join(used(task.getRecipients())))
				.add("Legal basis", legalBases(used(task.getLegalBases())))
				.add("Intelligence", Names.join(used(task.getIntelligence())))
				.add("Evacuees", Names.words(task.getEvacuees()))
				.add("Discretionary", task.isDiscretionary() ? "yes (either Government may act at its own discretion)" : "")
				.add("Consent", consents(used(task.getConsents())))
				.add("Measures", Names.join(used(task.getMeasures())))
				.add("Implements", task.getImplements().stream().map(Names::clause).collect(Collectors.joining(", ")));
		blocks.add(rows.block());
		List<List<String>> roles = new ArrayList<>();
		for (Assignment a : used(task.getAssignments())) {
			if (marks.use(a.getParty())) {
				roles.add(List.of(Names.of(a.getParty()), Names.word(a.getRole()), Names.words(a.getContributions()),
						Names.join(used(a.getCoordinatesWith()))));
			}
		}
		blocks.add(table("Roles", List.of("Party", "Role", "Contributions", "Coordinates with"), roles));
		return elementSection(task, "task", blocks, List.of());
	}

	private String areas(List<Area> areas) {
		return areas.stream().map(a -> Names.of(a) + " (" + Names.word(a.getKind())
				+ (a.isCombatOperations() ? "; combat operations are being conducted" : "") + ")")
				.collect(Collectors.joining(", "));
	}

	private String resources(List<PlanResource> resources) {
		return resources.stream().map(r -> Names.of(r)
				+ (r.getOwner() != null && marks.use(r.getOwner()) ? " (" + Names.of(r.getOwner()) + ")" : ""))
				.collect(Collectors.joining(", "));
	}

	private static String supplies(List<SupplyItem> items) {
		return items.stream().map(s -> Names.of(s) + " (" + Names.word(s.getCategory())
				+ (Names.nonNull(s.getQuantity()).isEmpty() ? "" : ", " + s.getQuantity().strip()) + ")")
				.collect(Collectors.joining(", "));
	}

	private static String legalBases(List<LegalBasis> bases) {
		return bases.stream().map(b -> Names.of(b) + " (" + Names.word(b.getKind())
				+ (Names.nonNull(b.getReference()).isEmpty() ? "" : ", " + b.getReference().strip()) + ")")
				.collect(Collectors.joining(", "));
	}

	private String consents(List<Consent> consents) {
		return consents.stream().map(c -> Names.nonNull(c.getAuthority())
				+ (c.getArea() != null && marks.use(c.getArea()) ? " for " + Names.of(c.getArea()) : "")
				+ (Names.nonNull(c.getDate()).isEmpty() ? "" : ", " + c.getDate().strip()))
				.collect(Collectors.joining("; "));
	}

	// --- Logistics ------------------------------------------------------------------------------------

	private static final Set<TaskKind> LOGISTICS = Set.of(TaskKind.LOGISTICS_SUPPORT, TaskKind.REAR_AREA_SUPPORT,
			TaskKind.SALVAGE_AND_RECOVERY, TaskKind.FACILITY_PROVISION, TaskKind.JOINT_USE, TaskKind.USE_OF_FACILITIES);

	private Section logistics(Plan plan) {
		Set<SupplyItem> supplies = new LinkedHashSet<>();
		Set<PlanResource> resources = new LinkedHashSet<>();
		List<List<String>> support = new ArrayList<>();
		for (Task t : used(plan.getTasks())) {
			supplies.addAll(used(t.getSupplies()));
			resources.addAll(used(t.getUses()));
			if (LOGISTICS.contains(t.getKind())) {
				support.add(List.of(Names.of(t), Names.capitalized(Names.word(t.getKind())),
						t.eIsSet(PlanPackage.Literals.TASK__FIELD) ? Names.word(t.getField()) : "",
						Names.join(usedParties(t))));
			}
		}
		List<List<String>> supplyRows = new ArrayList<>();
		for (SupplyItem s : supplies) {
			supplyRows.add(List.of(marks.portion(s) + " " + Names.of(s), Names.word(s.getCategory()),
					Names.word(s.getOrigin()), Names.nonNull(s.getQuantity()), s.isAcquiredInJapan() ? "yes" : "no"));
		}
		List<List<String>> resourceRows = new ArrayList<>();
		for (PlanResource r : resources) {
			resourceRows.add(List.of(marks.portion(r) + " " + Names.of(r), r.eClass().getName(),
					r.getOwner() != null && marks.use(r.getOwner()) ? Names.of(r.getOwner()) : "",
					r.getLocation() != null && marks.use(r.getLocation()) ? Names.of(r.getLocation()) : "",
					Names.word(r.getOrigin())));
		}
		return section("logistics", "Logistics", List.of(
				table("Logistics support activities", List.of("Task", "Kind", "Field", "Parties"), support),
				table("Supply", List.of("Item", "Category", "Origin", "Quantity", "Acquired in Japan"), supplyRows),
				table("Units, facilities and assets", List.of("Resource", "Type", "Owner", "Location", "Origin"),
						resourceRows)),
				List.of());
	}

	private List<PlanElement> usedParties(Task t) {
		List<PlanElement> parties = new ArrayList<>();
		for (Assignment a : used(t.getAssignments())) {
			if (marks.use(a.getParty()) && !parties.contains(a.getParty())) {
				parties.add(a.getParty());
			}
		}
		return parties;
	}

	// --- Coordination mechanism -----------------------------------------------------------------------

	private Section coordination(Plan plan) {
		List<Section> parts = new ArrayList<>();
		ComprehensiveMechanism cm = plan.getPlannedIn();
		if (cm != null && marks.use(cm)) {
			parts.add(elementSection(cm, "mechanism", List.of(new Rows()
					.add("Kind", "Comprehensive mechanism (VI.1)")
					.add("Directed by", Names.words(cm.getDirectedBy()))
					.add("Participants", Names.join(used(cm.getParticipants())))
					.add("Description", cm.getDescription()).block()), List.of()));
		}
		BilateralCoordinationMechanism bcm = plan.getCoordinatedThrough();
		if (bcm != null && marks.use(bcm)) {
			parts.add(elementSection(bcm, "mechanism", bilateralMechanism(bcm), List.of()));
		}
		List<Block> intro = parts.isEmpty()
				? List.of(new Paragraph("The plan names no coordination mechanism releasable to this audience."))
				: List.of();
		return section("coordination", "Coordination mechanism", intro, parts);
	}

	private List<Block> bilateralMechanism(BilateralCoordinationMechanism bcm) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Rows().add("Kind", "Bilateral coordination mechanism (VI.2)")
				.add("Participants", Names.join(used(bcm.getParticipants())))
				.add("Description", bcm.getDescription()).block());
		List<List<String>> committees = new ArrayList<>();
		for (CoordinationCommittee c : used(bcm.getCommittees())) {
			committees.add(List.of(marks.portion(c) + " " + Names.of(c), Names.join(used(c.getMembers()))));
		}
		blocks.add(table("Coordination committee meetings", List.of("Committee", "Members"), committees));
		List<List<String>> liaison = new ArrayList<>();
		for (LiaisonOfficer lo : used(bcm.getLiaisonOfficers())) {
			liaison.add(List.of(marks.portion(lo) + " " + Names.of(lo), nameIfUsed(lo.getFrom()), nameIfUsed(lo.getTo())));
		}
		blocks.add(table("Liaison officers", List.of("Liaison officer", "From", "To"), liaison));
		List<List<String>> contacts = new ArrayList<>();
		for (PointOfContact poc : used(bcm.getPointsOfContact())) {
			contacts.add(List.of(marks.portion(poc) + " " + Names.of(poc), nameIfUsed(poc.getParty()),
					Names.nonNull(poc.getContact())));
		}
		blocks.add(table("Points of contact", List.of("Point of contact", "Party", "Contact"), contacts));
		CoordinationCenter center = bcm.getCoordinationCenter();
		if (center != null && marks.use(center)) {
			blocks.add(table("Bilateral coordination center", List.of("Center", "Parties", "Facility"),
					List.of(List.of(marks.portion(center) + " " + Names.of(center), Names.join(used(center.getParties())),
							nameIfUsed(center.getFacility())))));
		}
		return blocks;
	}

	// --- Milestones -----------------------------------------------------------------------------------

	private Section milestones(Plan plan) {
		List<List<String>> rows = new ArrayList<>();
		for (Milestone m : used(plan.getMilestones())) {
			rows.add(List.of(marks.portion(m) + " " + Names.of(m), Names.nonNull(m.getDate()),
					m.getReportsTo().stream().map(Enum::name).collect(Collectors.joining(", "))));
		}
		return section("milestones", "Milestones and reporting", List.of(new Paragraph(
				"Planning work reports its progress at each milestone to the bodies named (VI.1)."),
				table("Milestones", List.of("Milestone", "Date", "Reports to"), rows)), List.of());
	}

	// --- Traceability ---------------------------------------------------------------------------------

	private Section traceability(Plan plan) {
		List<List<String>> rows = new ArrayList<>();
		List<EObject> elements = new ArrayList<>();
		elements.add(plan);
		plan.eAllContents().forEachRemaining(elements::add);
		for (EObject e : elements) {
			if (e instanceof PlanElement pe && !pe.getImplements().isEmpty() && marks.use(pe)) {
				for (GuidelinesElement g : pe.getImplements()) {
					rows.add(List.of(marks.portion(pe) + " " + Names.of(pe), pe.eClass().getName(), Names.clause(g),
							g.eIsProxy() ? "(unresolved reference)" : Names.nonNull(g.getTitle()),
							g.eIsProxy() ? "" : Names.nonNull(g.getText())));
				}
			}
		}
		return section("traceability", "Traceability to the Guidelines", List.of(table("Traceability",
				List.of("Plan element", "Type", "Clause", "Clause title", "Clause text"), rows)), List.of());
	}

	// --- Findings -------------------------------------------------------------------------------------

	private Section findings(Plan plan, List<Finding> findings) {
		if (findings == null) {
			return section("findings", "Validation findings", List.of(new Paragraph(
					"Validation results were not supplied to the generator for this edition.")), List.of());
		}
		HiddenNames hidden = new HiddenNames(edition, plan);
		List<List<String>> open = new ArrayList<>();
		List<List<String>> suppressed = new ArrayList<>();
		for (Finding f : findings) {
			PlanElement subject = nearestPlanElement(f.subject());
			if ((f.subject() != null && (subject == null || !marks.use(subject))) || hidden.mentionedIn(f.message())) {
				continue; // about something this audience may not see
			}
			String element = subject == null ? "" : marks.portion(subject) + " " + Names.of(subject);
			if (f.suppressed()) {
				suppressed.add(List.of(f.ruleId(), f.clause(), element, f.message(), f.suppression(), f.location()));
			} else {
				open.add(List.of(f.severity(), f.ruleId(), f.clause(), element, f.message(), f.location()));
			}
		}
		return section("findings", "Validation findings", List.of(
				table("Findings", List.of("Severity", "Rule", "Clause", "Element", "Message", "Location"), open),
				table("Suppressions", List.of("Rule", "Clause", "Element", "Message", "Justification", "Location"),
						suppressed)),
				List.of());
	}

	private static PlanElement nearestPlanElement(EObject e) {
		for (EObject o = e; o != null; o = o.eContainer()) {
			if (o instanceof PlanElement pe) {
				return pe;
			}
		}
		return null;
	}

	// --- Glossary -------------------------------------------------------------------------------------

	private Section glossary() {
		return section("glossary", "Glossary of abbreviations",
				List.of(table("Abbreviations", List.of("Abbreviation", "Meaning"), Glossary.ENTRIES)), List.of());
	}

	// --- Helpers --------------------------------------------------------------------------------------

	/** The elements of {@code list} this edition may show, each recorded as used. */
	private <T extends PlanElement> List<T> used(List<T> list) {
		List<T> result = new ArrayList<>(list.size());
		for (T t : list) {
			if (marks.use(t)) {
				result.add(t);
			}
		}
		return result;
	}

	/** A table, or a sentence saying there is nothing to list (an empty table reads as a rendering fault). */
	private static Block table(String caption, List<String> header, List<List<String>> rows) {
		return rows.isEmpty() ? new Paragraph(caption + ": none.") : new Table(caption, header, rows);
	}

	private String nameIfUsed(PlanElement e) {
		return e != null && marks.use(e) ? Names.of(e) : "";
	}
}
