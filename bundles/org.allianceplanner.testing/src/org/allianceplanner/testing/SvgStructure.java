package org.allianceplanner.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The structure of a rendered SVG diagram, for golden-file comparison: one line per element with its tag, class,
 * element identity, style attributes and text, indented by depth. No coordinates: where ELK puts things is
 * ELK's business; what is drawn, and how it is styled, is ours.
 */
public final class SvgStructure {

	private static final List<String> ATTRIBUTES = List.of("class", "data-element", "fill", "stroke", "stroke-width",
			"stroke-dasharray", "font-size", "font-weight", "font-style");

	private SvgStructure() {
	}

	/** Parses {@code svg} (no DTDs) into a DOM document. */
	public static Document parse(String svg) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	/** The structure's lines, each ending in a line break. */
	public static String of(String svg) throws Exception {
		return String.join("\n", lines(parse(svg))) + "\n";
	}

	/** One line per element of {@code doc}. */
	public static List<String> lines(Document doc) {
		List<String> lines = new ArrayList<>();
		walk(doc.getDocumentElement(), 0, lines);
		return lines;
	}

	private static void walk(Element e, int depth, List<String> lines) {
		StringBuilder b = new StringBuilder("  ".repeat(depth)).append(e.getTagName());
		for (String a : ATTRIBUTES) {
			if (e.hasAttribute(a)) {
				b.append(' ').append(a).append('=').append(e.getAttribute(a));
			}
		}
		if (e.getTagName().equals("text") || e.getTagName().equals("title")) {
			b.append(" '").append(e.getTextContent()).append('\'');
		}
		lines.add(b.toString());
		for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
			if (c instanceof Element child) {
				walk(child, depth + 1, lines);
			}
		}
	}
}
