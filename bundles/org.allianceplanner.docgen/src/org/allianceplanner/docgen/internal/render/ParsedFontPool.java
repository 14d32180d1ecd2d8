package org.allianceplanner.docgen.internal.render;

import java.lang.ref.SoftReference;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;

import com.lowagie.text.pdf.BaseFont;

import org.allianceplanner.fonts.FontStyle;

/**
 * Parsed copies of the bundled Japanese font, kept for the next document: parsing Noto Sans JP costs about
 * 15-100 ms a style, once per document otherwise. A set is lent to one document at a time (OpenPDF fonts are
 * not meant for concurrent writers), so there are at most as many sets as documents rendered at once. Softly
 * held: a long-running IDE gives the memory back when it needs it.
 */
final class ParsedFontPool {

	private static final ConcurrentLinkedDeque<SoftReference<Map<FontStyle, BaseFont>>> SETS =
			new ConcurrentLinkedDeque<>();

	private ParsedFontPool() {
	}

	/** A set to fill and use for one document; empty if none is left. */
	static Map<FontStyle, BaseFont> borrow() {
		for (SoftReference<Map<FontStyle, BaseFont>> ref; (ref = SETS.pollFirst()) != null;) {
			Map<FontStyle, BaseFont> set = ref.get();
			if (set != null) {
				return set;
			}
		}
		return new EnumMap<>(FontStyle.class);
	}

	/** Returns a set after its document is written; fonts that failed to load are not kept. */
	static void giveBack(Map<FontStyle, BaseFont> set) {
		set.values().removeIf(Objects::isNull);
		if (!set.isEmpty()) {
			SETS.addFirst(new SoftReference<>(set));
		}
	}
}
