package org.allianceplanner.validation.report;

import java.io.IOException;
import java.nio.file.Path;

import org.allianceplanner.validation.Finding;
import org.allianceplanner.validation.Rule;
import org.allianceplanner.validation.Severity;
import org.allianceplanner.validation.ValidationResult;
import org.allianceplanner.validation.internal.json.JsonWriter;

/**
 * SARIF 2.1.0 for build servers and code-scanning tools. Every rule of the catalog is described in
 * {@code tool.driver.rules} (ID, title, help text, clause, default level), so a viewer can explain a result
 * without our documentation. Suppressed findings are reported with an in-source suppression and its
 * justification; fixes travel in the result's property bag (SARIF's own {@code fixes} need text replacements).
 */
public final class SarifReportWriter implements ReportWriter {

	public static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
	public static final String TOOL_NAME = "alliance";
	public static final String TOOL_VERSION = "0.1.0";
	public static final String INFORMATION_URI = "https://github.com/allianceplanner/allianceplanner/blob/main/docs/VALIDATION.md";

	@Override
	public void write(ValidationResult result, LocationProvider locations, Appendable out) throws IOException {
		JsonWriter w = new JsonWriter(out);
		w.beginObject();
		w.name("$schema").value(SCHEMA_URI);
		w.name("version").value("2.1.0");
		w.name("runs").beginArray().beginObject();
		tool(w);
		w.name("columnKind").value("utf16CodeUnits");
		w.name("results").beginArray();
		for (Finding f : result.all()) {
			if (f.severity() != Severity.IGNORE) {
				result(w, f, locations);
			}
		}
		w.endArray();
		w.endObject().endArray();
		w.endObject();
		w.finish();
	}

	private static void tool(JsonWriter w) {
		w.name("tool").beginObject().name("driver").beginObject();
		w.name("name").value(TOOL_NAME);
		w.name("version").value(TOOL_VERSION);
		w.name("informationUri").value(INFORMATION_URI);
		w.name("rules").beginArray();
		for (Rule r : Rule.values()) {
			w.beginObject();
			w.name("id").value(r.id());
			w.name("name").value(pascalCase(r.id()));
			w.name("shortDescription").beginObject().name("text").value(r.title()).endObject();
			w.name("fullDescription").beginObject().name("text").value(r.help()).endObject();
			w.name("help").beginObject().name("text")
					.value(r.help() + " (Guidelines for Japan-U.S. Defense Cooperation, 1997: " + r.clause() + ")")
					.endObject();
			w.name("defaultConfiguration").beginObject().name("level").value(level(r.defaultSeverity())).endObject();
			w.name("properties").beginObject();
			w.name("clause").value(r.clause());
			w.name("category").value(r.category().title());
			w.endObject();
			w.endObject();
		}
		w.endArray();
		w.endObject().endObject();
	}

	private static void result(JsonWriter w, Finding f, LocationProvider locations) {
		w.beginObject();
		w.name("ruleId").value(f.rule().id());
		w.name("ruleIndex").value(f.rule().ordinal());
		w.name("level").value(level(f.severity()));
		w.name("message").beginObject().name("text").value(f.message() + " (" + f.rule().clause() + ")").endObject();
		SourceLocation loc = locations.locate(f.element(), f.feature());
		w.name("locations").beginArray().beginObject();
		w.name("physicalLocation").beginObject();
		w.name("artifactLocation").beginObject().name("uri").value(uri(loc.file())).endObject();
		if (loc.hasLine()) {
			w.name("region").beginObject().name("startLine").value(loc.line()).name("startColumn")
					.value(Math.max(1, loc.column())).endObject();
		}
		w.endObject();
		if (f.elementUri() != null) {
			w.name("logicalLocations").beginArray().beginObject();
			w.name("fullyQualifiedName").value(f.elementUri());
			w.name("kind").value("element");
			w.endObject().endArray();
		}
		w.endObject().endArray();
		if (f.suppression() != null) {
			w.name("suppressions").beginArray().beginObject();
			w.name("kind").value("inSource");
			w.name("status").value("accepted");
			w.name("justification").value(f.suppression().reason() == null ? "" : f.suppression().reason());
			w.endObject().endArray();
		}
		w.name("properties").beginObject();
		w.name("clause").value(f.rule().clause());
		w.optional("feature", f.featureName());
		if (f.fix() != null) {
			JsonReportWriter.fix(w, f.fix());
		}
		w.endObject();
		w.endObject();
	}

	/** SARIF levels: error, warning, note (our info). */
	static String level(Severity s) {
		return switch (s) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		case IGNORE -> "none";
		};
	}

	/** A relative path stays relative (portable reports); an absolute one becomes a file URI. */
	static String uri(String file) {
		if (file.contains("://") || file.startsWith("file:")) {
			return file;
		}
		Path p = Path.of(file);
		if (p.isAbsolute()) {
			return p.toUri().toString();
		}
		return file.replace('\\', '/').replace(" ", "%20");
	}

	/** {@code PLAN-CONSISTENT} becomes {@code PlanConsistent}, SARIF's recommended rule name form. */
	static String pascalCase(String id) {
		StringBuilder b = new StringBuilder();
		for (String part : id.split("-")) {
			if (!part.isEmpty()) {
				b.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
			}
		}
		return b.toString();
	}
}
