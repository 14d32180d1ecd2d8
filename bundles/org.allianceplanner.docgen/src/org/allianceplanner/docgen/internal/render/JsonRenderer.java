package org.allianceplanner.docgen.internal.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.stream.JsonWriter;

import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.docgen.content.Block;
import org.allianceplanner.docgen.content.Checklist;
import org.allianceplanner.docgen.content.ChecklistItem;
import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.Field;
import org.allianceplanner.docgen.content.Fields;
import org.allianceplanner.docgen.content.ItemList;
import org.allianceplanner.docgen.content.Link;
import org.allianceplanner.docgen.content.FigureBlock;
import org.allianceplanner.docgen.content.Links;
import org.allianceplanner.docgen.content.Paragraph;
import org.allianceplanner.docgen.content.Section;
import org.allianceplanner.docgen.content.Table;

/**
 * The content model as JSON, for other systems: the same tree the page formats draw, written with Gson's
 * streaming writer, object keys in a fixed order and two-space indentation so that output is stable and diffs
 * are readable.
 */
public final class JsonRenderer implements Renderer {

	/** Version of the JSON layout; raise it when a key changes meaning. */
	public static final int SCHEMA_VERSION = 1;

	@Override
	public OutputFormat format() {
		return OutputFormat.JSON;
	}

	@Override
	public void render(Document d, OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		JsonWriter w = new JsonWriter(writer);
		w.setIndent("  ");
		w.setHtmlSafe(true); // '<' and friends as \u003c..., so the JSON can sit in an HTML script element unchanged
		w.setSerializeNulls(true);
		w.beginObject();
		w.name("schemaVersion").value(SCHEMA_VERSION);
		w.name("kind").value(d.kind());
		w.name("title").value(d.title());
		w.name("subtitle").value(d.subtitle());
		w.name("date").value(d.dateText());
		w.name("banner").beginObject();
		w.name("classification").value(d.banner().classification());
		w.name("releasability").value(d.banner().releasability());
		w.endObject();
		w.name("sections");
		sections(w, d.sections());
		w.endObject();
		w.flush(); // not close(): the stream belongs to the caller
		writer.write('\n');
		writer.flush();
	}

	private void sections(JsonWriter w, List<Section> sections) throws IOException {
		w.beginArray();
		for (Section s : sections) {
			w.beginObject();
			w.name("id").value(s.id());
			w.name("title").value(s.title());
			w.name("portion").value(s.portion());
			w.name("blocks").beginArray();
			for (Block b : s.blocks()) {
				block(w, b);
			}
			w.endArray();
			w.name("sections");
			sections(w, s.sections());
			w.endObject();
		}
		w.endArray();
	}

	private void block(JsonWriter w, Block block) throws IOException {
		w.beginObject();
		w.name("type").value(block.kind());
		// Java 17: no pattern switch yet, hence the instanceof chain.
		if (block instanceof Paragraph p) {
			w.name("text").value(p.text());
		} else if (block instanceof ItemList l) {
			w.name("items");
			strings(w, l.items());
		} else if (block instanceof Fields f) {
			w.name("fields").beginArray();
			for (Field field : f.fields()) {
				w.beginObject().name("label").value(field.label()).name("value").value(field.value()).endObject();
			}
			w.endArray();
		} else if (block instanceof Table t) {
			w.name("caption").value(t.caption());
			w.name("header");
			strings(w, t.header());
			w.name("rows").beginArray();
			for (List<String> row : t.rows()) {
				strings(w, row);
			}
			w.endArray();
		} else if (block instanceof Checklist c) {
			w.name("items").beginArray();
			for (ChecklistItem it : c.items()) {
				w.beginObject();
				w.name("number").value(it.number());
				w.name("action").value(it.action());
				w.name("primary").value(it.primary());
				w.name("support").value(it.support());
				w.name("area").value(it.area());
				w.name("legalBasis").value(it.legalBasis());
				w.name("contact").value(it.contact());
				w.name("reference").value(it.reference());
				w.name("done").value(false);
				w.endObject();
			}
			w.endArray();
		} else if (block instanceof FigureBlock f) {
			// JSON carries no pictures: the figure is named by its title
			w.name("title").value(f.title());
		} else if (block instanceof Links l) {
			w.name("links").beginArray();
			for (Link link : l.links()) {
				w.beginObject().name("text").value(link.text()).name("href").value(link.href()).name("note")
						.value(link.note()).endObject();
			}
			w.endArray();
		}
		w.endObject();
	}

	private static void strings(JsonWriter w, List<String> values) throws IOException {
		w.beginArray();
		for (String v : values) {
			w.value(v);
		}
		w.endArray();
	}
}
