package org.allianceplanner.docgen.internal.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.Link;
import org.allianceplanner.docgen.content.Links;
import org.allianceplanner.docgen.content.Paragraph;
import org.allianceplanner.docgen.content.Section;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.wording.Wording;

/** The index page: one section per plan, linking every file generated for it. */
public final class IndexBuilder {

	private final Marks marks;
	private final List<Section> sections = new ArrayList<>();
	private final SectionIds ids = new SectionIds();

	public IndexBuilder(Edition edition) {
		this.marks = new Marks(edition);
	}

	/**
	 * @param parties the parties whose names label links (their markings count for the banner)
	 * @param files the plan's files: label, path relative to the output folder, format name
	 */
	public void add(Plan plan, List<Party> parties, List<Link> files) {
		marks.use(plan);
		parties.forEach(marks::use);
		String kind = Names.capitalized(Wording.kindOf(plan));
		sections.add(new Section(ids.next("plan", Names.id(plan)), Names.of(plan), marks.portion(plan),
				List.of(new Paragraph(kind), new Links(files)), List.of()));
	}

	public Document build(Instant date) {
		List<Section> content = sections.isEmpty()
				? List.of(new Section("none", "No plans", List.of(new Paragraph(
						"No plan is releasable to this audience."))))
				: sections;
		return new Document("index", "Alliance Planner: generated documents",
				"Edition: " + marks.edition().audience().label(), marks.banner(), date, content);
	}
}
