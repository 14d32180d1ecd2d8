package org.allianceplanner.validation.coverage;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.allianceplanner.validation.coverage.Clause.Status;
import org.allianceplanner.validation.coverage.CoverageReport.Evidence;
import org.allianceplanner.validation.internal.json.JsonWriter;

/** Coverage as text (for people) and JSON (for tools). */
public final class CoverageWriters {

	private CoverageWriters() {
	}

	/**
	 * One line per clause: {@code covered|OPEN|enforced|n/a  ID  title  <- evidence / reason}, then a summary.
	 */
	public static void writeText(CoverageReport report, Appendable out) throws IOException {
		out.append("Coverage of the Guidelines for Japan-U.S. Defense Cooperation (1997)\n");
		for (Clause c : report.clauses()) {
			String state = switch (c.status()) {
			case PLANNABLE -> report.isCovered(c.id()) ? "covered " : "OPEN    ";
			case ENFORCED -> "enforced";
			case NOT_PLANNABLE -> "n/a     ";
			};
			out.append("  ").append(state).append("  ").append(pad(c.id(), 26)).append(c.title());
			if (c.status() == Status.PLANNABLE && report.isCovered(c.id())) {
				out.append("  <- ").append(evidence(report.coveredBy().get(c.id())));
			} else if (c.reason() != null) {
				out.append(": ").append(c.reason());
			}
			out.append('\n');
		}
		for (String u : report.unknownReferences()) {
			out.append("  unknown   implements ").append(u).append(" names no clause of the catalog\n");
		}
		out.append(Long.toString(report.coveredCount())).append(" of ").append(Long.toString(report.plannableCount()))
				.append(" plannable clauses and Annex rows covered");
		List<Clause> open = report.open();
		if (!open.isEmpty()) {
			out.append("; open: ").append(open.stream().map(Clause::id).collect(Collectors.joining(", ")));
		}
		out.append('\n');
	}

	private static String evidence(List<Evidence> list) {
		final int shown = 3;
		String s = list.stream().limit(shown)
				.map(e -> e.element() + (e.how() == CoverageReport.How.IMPLEMENTS ? " (implements)" : ""))
				.collect(Collectors.joining(", "));
		return list.size() > shown ? s + " and " + (list.size() - shown) + " more" : s;
	}

	private static String pad(String s, int width) {
		StringBuilder b = new StringBuilder(s);
		while (b.length() < width) {
			b.append(' ');
		}
		return b.append(' ').toString();
	}

	/** The report as JSON: {@code {summary, clauses: [{id, title, status, covered, reason, coveredBy}]}}. */
	public static void writeJson(CoverageReport report, Appendable out) {
		JsonWriter w = new JsonWriter(out);
		w.beginObject();
		w.name("summary").beginObject();
		w.name("plannable").value(report.plannableCount());
		w.name("covered").value(report.coveredCount());
		w.name("open").beginArray();
		for (Clause c : report.open()) {
			w.value(c.id());
		}
		w.endArray();
		w.endObject();
		w.name("clauses").beginArray();
		for (Clause c : report.clauses()) {
			w.beginObject();
			w.name("id").value(c.id());
			w.name("title").value(c.title());
			w.name("status").value(c.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
			w.name("covered").value(report.isCovered(c.id()));
			w.optional("reason", c.reason());
			w.name("coveredBy").beginArray();
			for (Evidence e : report.coveredBy().getOrDefault(c.id(), List.of())) {
				w.beginObject();
				w.name("element").value(e.element());
				w.name("uri").value(e.elementUri());
				w.name("how").value(e.how().name().toLowerCase(java.util.Locale.ROOT));
				w.endObject();
			}
			w.endArray();
			w.endObject();
		}
		w.endArray();
		w.name("unknownReferences").beginArray();
		for (String u : report.unknownReferences()) {
			w.value(u);
		}
		w.endArray();
		w.endObject();
		w.finish();
	}
}
