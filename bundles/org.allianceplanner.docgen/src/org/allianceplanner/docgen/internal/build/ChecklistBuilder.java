package org.allianceplanner.docgen.internal.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.allianceplanner.docgen.content.Checklist;
import org.allianceplanner.docgen.content.ChecklistItem;
import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.Paragraph;
import org.allianceplanner.docgen.content.Section;
import org.allianceplanner.model.plan.Area;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.BilateralCoordinationMechanism;
import org.allianceplanner.model.plan.CoordinationCenter;
import org.allianceplanner.model.plan.LegalBasis;
import org.allianceplanner.model.plan.LiaisonOfficer;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanElement;
import org.allianceplanner.model.plan.PointOfContact;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.Task;

/**
 * Coordination checklists: for each readiness stage and each party (down to agencies), the actions to take
 * in plan order, who holds primary responsibility and who supports, where, under which legal basis, and whom
 * to contact. Tasks tied to no readiness stage are listed under "Any readiness stage".
 */
public final class ChecklistBuilder {

	private static final String ANY_STAGE = "Any readiness stage";

	private final Edition edition;
	private final PlanIndex index;
	private final Plan plan;

	public ChecklistBuilder(PlanIndex index) {
		this.index = index;
		this.edition = index.edition;
		this.plan = index.plan;
	}

	/** The checklist for every party: stage, then party. */
	public Document all(Instant date) {
		Marks marks = new Marks(edition);
		marks.use(plan);
		SectionIds ids = new SectionIds();
		List<Section> sections = new ArrayList<>();
		for (ReadinessStage stage : stagesAndAny(index)) {
			List<Section> parties = new ArrayList<>();
			for (Party party : index.parties) {
				List<ChecklistItem> items = items(plan, index, party, stage, marks);
				if (!items.isEmpty()) {
					marks.use(party);
					parties.add(new Section(ids.next("party", Names.id(party)), Names.of(party), marks.portion(party),
							List.of(new Checklist(items)), List.of()));
				}
			}
			sections.add(stageSection(stage, ids, marks, parties));
		}
		return new Document("checklist", "Coordination checklists: " + Names.of(plan),
				"Edition: " + edition.audience().label(), marks.banner(), date, sections);
	}

	/** One party's checklist: one section per stage. */
	public Document forParty(Party party, Instant date) {
		Marks marks = new Marks(edition);
		marks.use(plan);
		marks.use(party);
		SectionIds ids = new SectionIds();
		List<Section> sections = new ArrayList<>();
		for (ReadinessStage stage : stagesAndAny(index)) {
			List<ChecklistItem> items = items(plan, index, party, stage, marks);
			if (!items.isEmpty()) {
				if (stage != null) {
					marks.use(stage);
				}
				sections.add(new Section(stage == null ? "stage-any" : ids.next("stage", Names.id(stage)),
						stage == null ? ANY_STAGE : stageTitle(stage), stage == null ? "" : marks.portion(stage),
						List.of(new Checklist(items)), List.of()));
			}
		}
		if (sections.isEmpty()) {
			sections.add(new Section("none", "No actions", List.of(new Paragraph(
					"The plan gives this party no action releasable to this audience."))));
		}
		return new Document("checklist", "Coordination checklist: " + Names.of(party), Names.of(plan) + " \u2014 edition: "
				+ edition.audience().label(), marks.banner(), date, sections);
	}


	private static List<ReadinessStage> stagesAndAny(PlanIndex index) {
		List<ReadinessStage> stages = new ArrayList<>(index.stages);
		stages.add(null); // tasks tied to no stage
		return stages;
	}

	private static String stageTitle(ReadinessStage stage) {
		return "Readiness stage " + stage.getLevel() + ": " + Names.of(stage);
	}

	private static Section stageSection(ReadinessStage stage, SectionIds ids, Marks marks, List<Section> parties) {
		if (stage == null) {
			return new Section("stage-any", ANY_STAGE, "", List.of(), parties);
		}
		marks.use(stage);
		return new Section(ids.next("stage", Names.id(stage)), stageTitle(stage), marks.portion(stage), List.of(),
				parties);
	}

	private List<ChecklistItem> items(Plan plan, PlanIndex index, Party party, ReadinessStage stage, Marks marks) {
		List<ChecklistItem> items = new ArrayList<>();
		List<PlanIndex.Part> parts = index.partsByParty.get(party);
		if (parts == null) {
			return items;
		}
		String contact = contact(plan, party, marks);
		Task last = null;
		for (PlanIndex.Part part : parts) {
			Task t = part.task();
			if (t == last || !inStage(t, stage)) {
				continue; // a party with two roles in one task gets one action
			}
			last = t;
			marks.use(t);
			marks.use(part.assignment());
			items.add(new ChecklistItem(items.size() + 1, action(t, part.assignment(), marks),
					Names.join(PlanIndex.withRole(t, RoleKind.PRIMARY, marks)), support(t, marks),
					areas(t, marks), legalBases(t, marks), contact, Names.id(t)));
		}
		return items;
	}

	private boolean inStage(Task t, ReadinessStage stage) {
		List<ReadinessStage> stages = edition.visible(t.getStages());
		return stage == null ? stages.isEmpty() : stages.contains(stage);
	}

	private static String action(Task t, Assignment a, Marks marks) {
		return marks.portion(t) + " " + Names.of(t) + " (" + Names.word(a.getRole()) + ")";
	}

	private static String support(Task t, Marks marks) {
		List<String> parts = new ArrayList<>();
		for (Assignment a : t.getAssignments()) {
			if (a.getRole() != RoleKind.PRIMARY && marks.use(a) && a.getParty() != null && marks.use(a.getParty())) {
				parts.add(Names.of(a.getParty()) + " (" + Names.word(a.getRole()) + ")");
			}
		}
		return String.join(", ", parts);
	}

	private static String areas(Task t, Marks marks) {
		return t.getAreas().stream().filter(marks::use).map(Area.class::cast).map(Names::of)
				.collect(Collectors.joining(", "));
	}

	private static String legalBases(Task t, Marks marks) {
		return t.getLegalBases().stream().filter(marks::use).map(LegalBasis.class::cast)
				.map(b -> Names.of(b) + (Names.nonNull(b.getReference()).isEmpty() ? "" : " (" + b.getReference().strip() + ")"))
				.collect(Collectors.joining(", "));
	}

	/** Whom the party contacts: its points of contact, liaison officers to or from it, the coordination center. */
	private static String contact(Plan plan, Party party, Marks marks) {
		BilateralCoordinationMechanism bcm = plan.getCoordinatedThrough();
		if (bcm == null || !marks.use(bcm)) {
			return "";
		}
		List<String> contacts = new ArrayList<>();
		for (PointOfContact poc : bcm.getPointsOfContact()) {
			if (poc.getParty() == party && marks.use(poc)) {
				contacts.add(Names.of(poc) + (Names.nonNull(poc.getContact()).isEmpty() ? "" : " " + poc.getContact().strip()));
			}
		}
		for (LiaisonOfficer lo : bcm.getLiaisonOfficers()) {
			if ((lo.getFrom() == party || lo.getTo() == party) && marks.use(lo)) {
				contacts.add("liaison officer " + Names.of(lo) + nameOf(" from ", lo.getFrom(), marks)
						+ nameOf(" to ", lo.getTo(), marks));
			}
		}
		CoordinationCenter center = bcm.getCoordinationCenter();
		if (center != null && marks.use(center)) {
			contacts.add(Names.of(center));
		}
		return String.join("; ", contacts);
	}

	private static String nameOf(String prefix, PlanElement e, Marks marks) {
		return e != null && marks.use(e) ? prefix + Names.of(e) : "";
	}
}
