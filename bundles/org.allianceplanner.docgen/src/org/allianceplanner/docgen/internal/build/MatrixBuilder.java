package org.allianceplanner.docgen.internal.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.Paragraph;
import org.allianceplanner.docgen.content.Section;
import org.allianceplanner.docgen.content.Table;
import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.ReadinessStage;
import org.allianceplanner.model.guidelines.RoleKind;
import org.allianceplanner.model.plan.Task;

/**
 * The responsibility matrix (tasks by parties: primary responsibility, support, supplement, cooperation) and
 * the synchronization matrix (readiness stages by parties: how many actions of each role a party has at each
 * stage).
 */
public final class MatrixBuilder {

	private final Edition edition;
	private final PlanIndex index;
	private final Plan plan;

	public MatrixBuilder(PlanIndex index) {
		this.index = index;
		this.edition = index.edition;
		this.plan = index.plan;
	}

	public Document responsibility(Instant date) {
		Marks marks = new Marks(edition);
		marks.use(plan);
		List<String> header = new ArrayList<>(List.of("Task", "Kind"));
		index.parties.forEach(p -> {
			marks.use(p);
			header.add(Names.of(p));
		});
		List<List<String>> rows = new ArrayList<>(index.tasks.size());
		for (Task t : index.tasks) {
			marks.use(t);
			Map<Party, Set<String>> roles = new HashMap<>();
			for (Assignment a : t.getAssignments()) {
				if (marks.use(a) && a.getParty() != null && marks.use(a.getParty())) {
					roles.computeIfAbsent(a.getParty(), p -> new LinkedHashSet<>()).add(Names.word(a.getRole()));
				}
			}
			List<String> row = new ArrayList<>(header.size());
			row.add(marks.portion(t) + " " + Names.of(t));
			row.add(Names.capitalized(Names.word(t.getKind())));
			for (Party p : index.parties) {
				row.add(String.join(", ", roles.getOrDefault(p, Set.of())));
			}
			rows.add(row);
		}
		Section s = new Section("responsibility", "Responsibility matrix", "", List.of(
				new Paragraph("Roles of each party in each task (IV.2(1)): primary responsibility, support, "
						+ "supplement, cooperation."),
				new Table("Responsibility matrix", header, rows)), List.of());
		return new Document("responsibility-matrix", "Responsibility matrix: " + Names.of(plan),
				"Edition: " + edition.audience().label(), marks.banner(), date, List.of(s));
	}

	public Document synchronization(Instant date) {
		Marks marks = new Marks(edition);
		marks.use(plan);
		List<String> header = new ArrayList<>(List.of("Readiness stage", "Level", "Situation"));
		index.parties.forEach(p -> {
			marks.use(p);
			header.add(Names.of(p));
		});
		// counts[stage][party][role]
		Map<ReadinessStage, Map<Party, EnumMap<RoleKind, Integer>>> counts = new HashMap<>();
		for (Party p : index.parties) {
			for (PlanIndex.Part part : index.partsByParty.get(p)) {
				// Counting a task reveals that it exists: it counts for the banner too.
				marks.use(part.task());
				marks.use(part.assignment());
				for (ReadinessStage s : edition.visible(part.task().getStages())) {
					counts.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(p, k -> new EnumMap<>(RoleKind.class))
							.merge(part.assignment().getRole(), 1, Integer::sum);
				}
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (ReadinessStage s : index.stages) {
			marks.use(s);
			List<String> row = new ArrayList<>(header.size());
			row.add(marks.portion(s) + " " + Names.of(s));
			row.add(Integer.toString(s.getLevel()));
			row.add(Names.word(s.getSituation()));
			Map<Party, EnumMap<RoleKind, Integer>> byParty = counts.getOrDefault(s, Map.of());
			for (Party p : index.parties) {
				row.add(cell(byParty.get(p)));
			}
			rows.add(row);
		}
		Section sec = new Section("synchronization", "Synchronization matrix", "", List.of(
				new Paragraph("Number of actions each party takes at each readiness stage, by role."),
				new Table("Synchronization matrix", header, rows)), List.of());
		return new Document("synchronization-matrix", "Synchronization matrix: " + Names.of(plan),
				"Edition: " + edition.audience().label(), marks.banner(), date, List.of(sec));
	}

	private static String cell(EnumMap<RoleKind, Integer> roles) {
		if (roles == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		roles.forEach((role, n) -> parts.add(n + " " + Names.word(role)));
		return String.join(", ", parts);
	}
}
