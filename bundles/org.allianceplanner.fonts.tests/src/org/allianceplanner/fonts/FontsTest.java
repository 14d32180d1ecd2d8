package org.allianceplanner.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bundle carries Noto Sans JP as the build unpacked it, readable inside OSGi. */
class FontsTest {

	/** Kana, kanji of the Guidelines' own title, full-width punctuation, and Latin-1. */
	private static final String JAPANESE = "日米防衛協力のための指針　ガイドライン・周辺事態、「後方地域支援」";

	@ParameterizedTest
	@EnumSource(FontStyle.class)
	void eachStyleIsATrueTypeFile(FontStyle style) throws IOException {
		assertTrue(Fonts.resource(style).isPresent(), Fonts.resourcePath(style));
		byte[] data = Fonts.bytes(style);
		assertTrue(data.length > 1_000_000, "a full font, not a stub: " + data.length + " bytes");
		// sfnt version 1.0: TrueType outlines, which OpenPDF subsets and Java2D reads
		assertArrayEquals(new byte[] { 0, 1, 0, 0 }, Arrays.copyOf(data, 4));
	}

	@ParameterizedTest
	@EnumSource(FontStyle.class)
	void java2dDrawsJapaneseAndLatin(FontStyle style) throws IOException {
		java.awt.Font font = Fonts.awtFont(style, 12f);
		assertEquals(Fonts.FAMILY, font.getFamily(java.util.Locale.ROOT));
		assertEquals(12f, font.getSize2D());
		assertEquals(-1, font.canDisplayUpTo(JAPANESE), "glyphs for " + JAPANESE);
		assertEquals(-1, font.canDisplayUpTo("Bilateral Coordination Mechanism — Æ é ü"));
	}

	@Test
	void stylesDiffer() throws IOException {
		assertFalse(Arrays.equals(Fonts.bytes(FontStyle.REGULAR), Fonts.bytes(FontStyle.BOLD)));
		assertTrue(Fonts.available());
	}

	@Test
	void callersGetTheirOwnCopy() throws IOException {
		byte[] first = Fonts.bytes(FontStyle.REGULAR);
		first[0] = 42;
		byte[] second = Fonts.bytes(FontStyle.REGULAR);
		assertNotSame(first, second);
		assertEquals(0, second[0]);
	}

	@Test
	void licenseTravelsWithTheFonts() throws IOException {
		URL license = Fonts.class.getClassLoader().getResource(Fonts.LICENSE_RESOURCE);
		assertTrue(license != null, Fonts.LICENSE_RESOURCE);
		try (InputStream in = license.openStream()) {
			assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("SIL Open Font License"));
		}
	}
}
