package org.allianceplanner.diagram.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.diagram.graph.FontStyle;
import org.allianceplanner.diagram.layout.Fixtures;
import org.junit.jupiter.api.Test;

class DiagramFontTest {

	@Test
	void theBundledFontHasJapaneseGlyphsInBothWeights() {
		List<String> problems = new ArrayList<>();
		DiagramFont font = DiagramFont.bundled(problems::add).orElseThrow(() -> new AssertionError(problems));
		assertEquals("Noto Sans JP", font.family());
		for (FontStyle style : List.of(FontStyle.DEFAULT, FontStyle.DEFAULT.withBold(true),
				FontStyle.DEFAULT.withItalic(true))) {
			assertEquals(-1, font.awtFont(style).canDisplayUpTo("日本国政府 外務省 防衛省 ABC"), style.toString());
		}
		assertTrue(font.trueTypeBytes(false).isPresent() && font.trueTypeBytes(true).isPresent());
	}

	@Test
	void textIsMeasuredWithTheStyleSizeAndWeight() {
		TextMetrics m = new TextMetrics(Fixtures.FONT);
		FontStyle ten = FontStyle.DEFAULT;
		assertTrue(m.width("Search and rescue", ten.withSize(20)) > 1.9 * m.width("Search and rescue", ten));
		assertTrue(m.width("Search and rescue", ten.withBold(true)) > m.width("Search and rescue", ten));
		assertEquals(2 * m.lineHeight(ten), m.measure("a\nb", ten).height(), 1e-9);
		assertEquals(List.of(), TextMetrics.lines(""));
	}

	@Test
	void theLogicalFontIsTheFallback() {
		DiagramFont logical = DiagramFont.logicalSansSerif();
		assertEquals("sans-serif", logical.family());
		assertTrue(logical.trueTypeBytes(false).isEmpty());
	}
}
