package org.allianceplanner.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.diagram.graph.SyntheticDiagrams;
import org.allianceplanner.diagram.layout.Fixtures;
import org.allianceplanner.testing.SvgStructure;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SVG of the Responsibility-like test diagram compared with a golden file structurally: element kinds,
 * classes, element identities, texts and style attributes, in order; coordinates are not compared (they are
 * ELK's business). On a mismatch the actual structure is left in target/diagrams to review and accept.
 */
class SvgRenderTest {

	private static final String GOLDEN = "/golden/responsibility.svg.structure.txt";

	private final RenderFixture fixture = new RenderFixture(SyntheticDiagrams.responsibility());
	private final String svg = fixture.renderer.toSvg(fixture.diagram, fixture.layout);

	@Test
	void matchesTheGoldenStructure() throws Exception {
		fixture.keep(DiagramFormat.SVG, svg.getBytes(StandardCharsets.UTF_8));
		String actual = String.join("\n", structure(parse(svg))) + "\n";
		String expected;
		try (InputStream in = SvgRenderTest.class.getResourceAsStream(GOLDEN)) {
			expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		if (!expected.equals(actual)) {
			Path out = Fixtures.outputDir().resolve("responsibility.svg.structure.txt");
			Files.writeString(out, actual);
			assertEquals(expected, actual, "SVG structure differs from " + GOLDEN + "; actual written to " + out);
		}
	}

	@Test
	void isSelfContainedAndKeepsTextAsText() throws Exception {
		Document doc = parse(svg);
		assertEquals("svg", doc.getDocumentElement().getTagName());
		assertEquals(0, doc.getElementsByTagName("script").getLength());
		assertFalse(svg.contains("href"), "no external references");
		assertFalse(svg.contains(" on"), "no event handlers");
		List<String> texts = new ArrayList<>();
		NodeList t = doc.getElementsByTagName("text");
		for (int i = 0; i < t.getLength(); i++) {
			texts.add(t.item(i).getTextContent());
		}
		assertTrue(texts.containsAll(List.of("Government of Japan", "日本国政府", "外務省", "Search and rescue",
				"primary", "support", "cooperation", "R-07", "R-12")), texts.toString());
	}

	@Test
	void everyElementHasAGroupWithItsIdentity() throws Exception {
		Document doc = parse(svg);
		List<String> groups = new ArrayList<>();
		NodeList g = doc.getElementsByTagName("g");
		for (int i = 0; i < g.getLength(); i++) {
			groups.add(((Element) g.item(i)).getAttribute("data-element"));
		}
		fixture.diagram.elements().keySet().forEach(id -> assertTrue(groups.contains(id), id + " has no group"));
	}

	@Test
	void stylesComeFromTheGraph() throws Exception {
		assertTrue(svg.contains("fill=\"#e3f2fd\""), "party fill");
		assertTrue(svg.contains("stroke=\"#2e7d32\""), "support colour");
		assertTrue(svg.contains("stroke-dasharray"), "dashed and dotted lines");
		assertTrue(svg.contains("font-style=\"italic\"") && svg.contains("font-weight=\"bold\""), "fonts");
	}

	static Document parse(String svg) throws Exception {
		return SvgStructure.parse(svg);
	}

	static List<String> structure(Document doc) {
		return SvgStructure.lines(doc);
	}
}
