package org.allianceplanner.docgen.internal.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.docgen.content.Block;
import org.allianceplanner.docgen.content.Checklist;
import org.allianceplanner.docgen.content.ChecklistItem;
import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.Field;
import org.allianceplanner.docgen.content.Fields;
import org.allianceplanner.docgen.content.ItemList;
import org.allianceplanner.docgen.content.Link;
import org.allianceplanner.docgen.content.Links;
import org.allianceplanner.docgen.content.Paragraph;
import org.allianceplanner.docgen.content.Section;
import org.allianceplanner.docgen.content.Table;

/**
 * The content model as JSON, for other systems: the same tree the page formats draw, with object keys in a
 * fixed order and two-space indentation so that output is stable and diffs are readable.
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
		Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		w.write("{\n");
		w.write("  \"schemaVersion\": " + SCHEMA_VERSION + ",\n");
		w.write("  \"kind\": " + Escapes.json(d.kind()) + ",\n");
		w.write("  \"title\": " + Escapes.json(d.title()) + ",\n");
		w.write("  \"subtitle\": " + Escapes.json(d.subtitle()) + ",\n");
		w.write("  \"date\": " + Escapes.json(d.dateText()) + ",\n");
		w.write("  \"banner\": {\"classification\": " + Escapes.json(d.banner().classification())
				+ ", \"releasability\": " + Escapes.json(d.banner().releasability()) + "},\n");
		w.write("  \"sections\": ");
		sections(w, d.sections(), "  ");
		w.write("\n}\n");
		w.flush();
	}

	private void sections(Writer w, List<Section> sections, String indent) throws IOException {
		if (sections.isEmpty()) {
			w.write("[]");
			return;
		}
		w.write("[\n");
		String in = indent + "  ";
		for (int i = 0; i < sections.size(); i++) {
			Section s = sections.get(i);
			w.write(in + "{\n");
			w.write(in + "  \"id\": " + Escapes.json(s.id()) + ",\n");
			w.write(in + "  \"title\": " + Escapes.json(s.title()) + ",\n");
			w.write(in + "  \"portion\": " + Escapes.json(s.portion()) + ",\n");
			w.write(in + "  \"blocks\": ");
			blocks(w, s.blocks(), in + "  ");
			w.write(",\n" + in + "  \"sections\": ");
			sections(w, s.sections(), in + "  ");
			w.write("\n" + in + "}" + (i + 1 < sections.size() ? ",\n" : "\n"));
		}
		w.write(indent + "]");
	}

	private void blocks(Writer w, List<Block> blocks, String indent) throws IOException {
		if (blocks.isEmpty()) {
			w.write("[]");
			return;
		}
		w.write("[\n");
		String in = indent + "  ";
		for (int i = 0; i < blocks.size(); i++) {
			w.write(in);
			block(w, blocks.get(i), in);
			w.write(i + 1 < blocks.size() ? ",\n" : "\n");
		}
		w.write(indent + "]");
	}

	private void block(Writer w, Block block, String in) throws IOException {
		w.write("{\"type\": " + Escapes.json(block.kind()) + ", ");
		// Java 17: no pattern switch yet, hence the instanceof chain.
		if (block instanceof Paragraph p) {
			w.write("\"text\": " + Escapes.json(p.text()));
		} else if (block instanceof ItemList l) {
			w.write("\"items\": " + strings(l.items()));
		} else if (block instanceof Fields f) {
			w.write("\"fields\": [");
			for (int i = 0; i < f.fields().size(); i++) {
				Field field = f.fields().get(i);
				w.write((i > 0 ? ", " : "") + "{\"label\": " + Escapes.json(field.label()) + ", \"value\": "
						+ Escapes.json(field.value()) + "}");
			}
			w.write("]");
		} else if (block instanceof Table t) {
			w.write("\"caption\": " + Escapes.json(t.caption()) + ", \"header\": " + strings(t.header())
					+ ", \"rows\": [");
			for (int i = 0; i < t.rows().size(); i++) {
				w.write((i > 0 ? "," : "") + "\n" + in + "  " + strings(t.rows().get(i)));
			}
			w.write(t.rows().isEmpty() ? "]" : "\n" + in + "]");
		} else if (block instanceof Checklist c) {
			w.write("\"items\": [");
			for (int i = 0; i < c.items().size(); i++) {
				ChecklistItem it = c.items().get(i);
				w.write((i > 0 ? "," : "") + "\n" + in + "  {\"number\": " + it.number() + ", \"action\": "
						+ Escapes.json(it.action()) + ", \"primary\": " + Escapes.json(it.primary())
						+ ", \"support\": " + Escapes.json(it.support()) + ", \"area\": " + Escapes.json(it.area())
						+ ", \"legalBasis\": " + Escapes.json(it.legalBasis()) + ", \"contact\": "
						+ Escapes.json(it.contact()) + ", \"reference\": " + Escapes.json(it.reference())
						+ ", \"done\": false}");
			}
			w.write(c.items().isEmpty() ? "]" : "\n" + in + "]");
		} else if (block instanceof Links l) {
			w.write("\"links\": [");
			for (int i = 0; i < l.links().size(); i++) {
				Link link = l.links().get(i);
				w.write((i > 0 ? ", " : "") + "{\"text\": " + Escapes.json(link.text()) + ", \"href\": "
						+ Escapes.json(link.href()) + ", \"note\": " + Escapes.json(link.note()) + "}");
			}
			w.write("]");
		}
		w.write("}");
	}

	private static String strings(List<String> values) {
		StringBuilder sb = new StringBuilder("[");
		for (int i = 0; i < values.size(); i++) {
			sb.append(i > 0 ? ", " : "").append(Escapes.json(values.get(i)));
		}
		return sb.append(']').toString();
	}
}
