package org.allianceplanner.diagram.text;

import java.awt.Font;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.allianceplanner.diagram.graph.FontStyle;
import org.allianceplanner.fonts.FontUnavailableException;
import org.allianceplanner.fonts.Fonts;

/**
 * Noto Sans JP from bundle {@code org.allianceplanner.fonts}: Japanese and Latin glyphs, the same file for
 * layout, PNG and (embedded) PDF. Italic is slanted by Java2D (the family has no italic face).
 */
final class BundledDiagramFont implements DiagramFont {

	private final Map<Boolean, Font> bases = new ConcurrentHashMap<>();

	/** Loads both weights now, so a missing file fails here and not in the middle of a drawing. */
	BundledDiagramFont() throws FontUnavailableException {
		bases.put(false, Fonts.awtFont(org.allianceplanner.fonts.FontStyle.REGULAR, 10f));
		bases.put(true, Fonts.awtFont(org.allianceplanner.fonts.FontStyle.BOLD, 10f));
	}

	@Override
	public String family() {
		return Fonts.FAMILY;
	}

	@Override
	public Font awtFont(FontStyle style) {
		Font base = bases.get(style.bold());
		return base.deriveFont(style.italic() ? Font.ITALIC : Font.PLAIN, (float) style.size());
	}

	@Override
	public Optional<byte[]> trueTypeBytes(boolean bold) {
		try {
			return Optional.of(Fonts.bytes(bold ? org.allianceplanner.fonts.FontStyle.BOLD
					: org.allianceplanner.fonts.FontStyle.REGULAR));
		} catch (FontUnavailableException e) {
			return Optional.empty();
		}
	}
}
