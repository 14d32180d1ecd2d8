package org.allianceplanner.docgen.internal.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.docgen.ClauseCoverage;
import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.Paragraph;
import org.allianceplanner.docgen.content.Section;
import org.allianceplanner.docgen.content.Table;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanElement;

/**
 * The coverage report: which Guidelines clauses the plan covers and which it leaves open. Only elements
 * releasable to the audience count as covering, so the report reveals nothing withheld.
 */
public final class CoverageBuilder {

	private final Edition edition;

	public CoverageBuilder(Edition edition) {
		this.edition = edition;
	}

	public Document build(Plan plan, List<ClauseCoverage> coverage, Instant date) {
		Marks marks = new Marks(edition);
		marks.use(plan);
		List<List<String>> rows = new ArrayList<>();
		int covered = 0;
		for (ClauseCoverage c : coverage) {
			List<String> by = new ArrayList<>();
			for (PlanElement e : c.coveredBy()) {
				if (marks.use(e)) {
					by.add(marks.portion(e) + " " + Names.of(e));
				}
			}
			if (!by.isEmpty()) {
				covered++;
			}
			rows.add(List.of(Names.clause(c.clause()), Names.nonNull(c.clause().getTitle()),
					by.isEmpty() ? "open" : "covered", String.join("; ", by)));
		}
		String summary = coverage.isEmpty()
				? "The plan cites no Guidelines clause, so there is nothing to report coverage against."
				: covered + " of " + coverage.size() + " Guidelines clauses, functions and items are covered.";
		Section s = new Section("coverage", "Coverage of the Guidelines", "", List.of(new Paragraph(summary),
				new Table("Coverage", List.of("Clause", "Title", "Status", "Covered by"), rows)), List.of());
		return new Document("coverage", "Guidelines coverage: " + Names.of(plan), "Edition: " + edition.audience().label(),
				marks.banner(), date, List.of(s));
	}
}
