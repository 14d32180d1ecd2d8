import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Build step of org.allianceplanner.ui (run by the exec-maven-plugin, see the pom): turns the user documentation
 * (docs/*.md of the repository) into the bundle's help: one HTML page per document, an index page and an
 * org.eclipse.help table of contents (help/toc.xml). Links between the converted documents point at their HTML
 * pages; other links are kept as they are.
 *
 * Usage: java -cp commonmark.jar:commonmark-ext-gfm-tables.jar DocsToHelp.java OUTPUT_DIR DOCS_DIR NAME.md...
 */
public final class DocsToHelp {

	private static final Pattern MD_LINK = Pattern.compile("href=\"([A-Za-z0-9_-]+)\\.md(#[^\"]*)?\"");

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		Path docs = Path.of(args[1]);
		List<String> names = List.of(args).subList(2, args.length);
		List<Extension> extensions = List.of(TablesExtension.create());
		Parser parser = Parser.builder().extensions(extensions).build();
		HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();
		Path help = out.resolve("help");
		Files.createDirectories(help);
		Map<String, String> titles = new LinkedHashMap<>();
		for (String name : names) {
			Path source = docs.resolve(name);
			if (!Files.isRegularFile(source)) {
				throw new IOException(source + ": no such document (listed in the org.allianceplanner.ui pom)");
			}
			Node document = parser.parse(Files.readString(source, StandardCharsets.UTF_8));
			String base = name.substring(0, name.length() - ".md".length());
			String title = title(document, base);
			titles.put(base, title);
			String body = links(renderer.render(document), names);
			Files.writeString(help.resolve(base + ".html"), page(title, body), StandardCharsets.UTF_8);
		}
		StringBuilder index = new StringBuilder("<h1>Alliance Planner</h1>\n<ul>\n");
		StringBuilder toc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?NLS TYPE=\"org.eclipse.help.toc\"?>\n"
				+ "<toc label=\"Alliance Planner\" topic=\"help/index.html\">\n");
		titles.forEach((base, title) -> {
			index.append("<li><a href=\"").append(base).append(".html\">").append(escape(title)).append("</a></li>\n");
			toc.append("\t<topic label=\"").append(escape(title)).append("\" href=\"help/").append(base).append(".html\"/>\n");
		});
		index.append("</ul>\n");
		toc.append("</toc>\n");
		Files.writeString(help.resolve("index.html"), page("Alliance Planner", index.toString()), StandardCharsets.UTF_8);
		Files.writeString(help.resolve("toc.xml"), toc.toString(), StandardCharsets.UTF_8);
	}

	/** The text of the document's first level-1 heading, else its file name. */
	private static String title(Node document, String fallback) {
		for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
			if (n instanceof Heading heading && heading.getLevel() == 1) {
				StringBuilder text = new StringBuilder();
				collectText(heading, text);
				return text.toString();
			}
		}
		return fallback;
	}

	private static void collectText(Node node, StringBuilder text) {
		for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
			if (n instanceof Text t) {
				text.append(t.getLiteral());
			} else if (n instanceof org.commonmark.node.Code code) {
				text.append(code.getLiteral());
			} else {
				collectText(n, text);
			}
		}
	}

	/** Links to converted documents go to their HTML pages. */
	private static String links(String html, List<String> names) {
		Matcher m = MD_LINK.matcher(html);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String target = names.contains(m.group(1) + ".md")
					? "href=\"" + m.group(1) + ".html" + (m.group(2) == null ? "" : m.group(2)) + "\""
					: m.group();
			m.appendReplacement(out, Matcher.quoteReplacement(target));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String page(String title, String body) {
		return "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>" + escape(title) + "</title>\n"
				+ "<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.4}"
				+ "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2em .5em;vertical-align:top}"
				+ "code,pre{background:#f3f3f3}pre{padding:.5em;overflow:auto}</style></head>\n<body>\n"
				+ body + "</body></html>\n";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private DocsToHelp() {
	}
}
