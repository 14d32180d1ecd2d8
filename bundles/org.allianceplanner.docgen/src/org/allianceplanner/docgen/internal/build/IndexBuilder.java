package org.allianceplanner.docgen.internal.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.Link;
import org.allianceplanner.docgen.content.Links;
import org.allianceplanner.docgen.content.Paragraph;
import org.allianceplanner.docgen.content.Section;
import org.allianceplanner.model.plan.BilateralDefensePlan;
import org.allianceplanner.model.plan.Plan;

/** The index page: one section per plan, linking every file generated for it. */
public final class IndexBuilder {

	private final Marks marks;
	private final List<Section> sections = new ArrayList<>();
	private final SectionIds ids = new SectionIds();

	public IndexBuilder(Edition edition) {
		this.marks = new Marks(edition);
	}

	/** @param files the plan's files, relative to the output folder */
	public void add(Plan plan, List<String> files) {
		marks.use(plan);
		List<Link> links = new ArrayList<>();
		for (String f : files) {
			links.add(new Link(describe(f), f, ""));
		}
		String kind = plan instanceof BilateralDefensePlan ? "Bilateral defense plan" : "Mutual cooperation plan";
		sections.add(new Section(ids.next("plan", Names.id(plan)), Names.of(plan), marks.portion(plan),
				List.of(new Paragraph(kind), new Links(links)), List.of()));
	}

	public Document build(Instant date) {
		List<Section> content = sections.isEmpty()
				? List.of(new Section("none", "No plans", List.of(new Paragraph(
						"No plan is releasable to this audience."))))
				: sections;
		return new Document("index", "Alliance Planner: generated documents",
				"Edition: " + marks.edition().audience().label(), marks.banner(), date, content);
	}

	/** "checklists/jsdf.csv" -> "Checklist: jsdf (CSV)". */
	static String describe(String file) {
		String path = file.substring(file.indexOf('/') + 1);
		int dot = path.lastIndexOf('.');
		String base = path.substring(0, dot);
		String format = path.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
		String what = switch (base) {
		case "plan" -> "Plan document";
		case "checklist" -> "Coordination checklists";
		case "responsibility-matrix" -> "Responsibility matrix";
		case "synchronization-matrix" -> "Synchronization matrix";
		case "coverage" -> "Guidelines coverage";
		default -> base.startsWith("checklists/") ? "Checklist: " + base.substring("checklists/".length()) : base;
		};
		return what + " (" + ("MD".equals(format) ? "Markdown" : format) + ")";
	}
}
