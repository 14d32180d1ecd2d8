package org.allianceplanner.validation.report;

import java.io.IOException;

import org.allianceplanner.validation.Finding;
import org.allianceplanner.validation.Fix;
import org.allianceplanner.validation.Severity;
import org.allianceplanner.validation.ValidationResult;
import org.allianceplanner.validation.ValidationResult.SuppressionRecord;
import org.allianceplanner.validation.internal.json.JsonWriter;

/** The machine report of our own shape (documented in docs/VALIDATION.md); SARIF is the standard one. */
public final class JsonReportWriter implements ReportWriter {

	@Override
	public void write(ValidationResult result, LocationProvider locations, Appendable out) throws IOException {
		JsonWriter w = new JsonWriter(out);
		w.beginObject();
		w.name("tool").value("alliance");
		w.name("summary").beginObject();
		w.name("errors").value(result.count(Severity.ERROR));
		w.name("warnings").value(result.count(Severity.WARNING));
		w.name("infos").value(result.count(Severity.INFO));
		w.name("suppressed").value(result.suppressed().size());
		w.endObject();
		w.name("findings").beginArray();
		for (Finding f : result.active()) {
			finding(w, f, locations);
		}
		w.endArray();
		w.name("suppressed").beginArray();
		for (Finding f : result.suppressed()) {
			finding(w, f, locations);
		}
		w.endArray();
		w.name("suppressions").beginArray();
		for (SuppressionRecord s : result.suppressions()) {
			SourceLocation loc = locations.locate(s.element(), null);
			w.beginObject();
			w.name("ruleId").value(s.ruleId());
			w.name("reason").value(s.reason());
			w.name("element").value(s.elementUri());
			location(w, loc);
			w.name("silenced").value(s.silenced());
			w.endObject();
		}
		w.endArray();
		w.endObject();
		w.finish();
	}

	private static void finding(JsonWriter w, Finding f, LocationProvider locations) {
		w.beginObject();
		w.name("ruleId").value(f.rule().id());
		w.name("severity").value(f.severity().word());
		w.name("clause").value(f.rule().clause());
		w.name("message").value(f.message());
		location(w, locations.locate(f.element(), f.feature()));
		w.optional("element", f.elementUri());
		w.optional("feature", f.featureName());
		if (f.fix() != null) {
			fix(w, f.fix());
		}
		if (f.suppression() != null) {
			w.name("suppressionReason").value(f.suppression().reason());
		}
		w.endObject();
	}

	static void fix(JsonWriter w, Fix fix) {
		w.name("fix").beginObject();
		w.name("kind").value(fix.kind());
		w.name("label").value(fix.label());
		w.name("data").beginArray();
		for (String d : fix.data()) {
			w.value(d);
		}
		w.endArray();
		w.endObject();
	}

	private static void location(JsonWriter w, SourceLocation loc) {
		w.name("file").value(loc.file());
		if (loc.hasLine()) {
			w.name("line").value(loc.line());
			w.name("column").value(Math.max(loc.column(), 1));
		}
	}
}
