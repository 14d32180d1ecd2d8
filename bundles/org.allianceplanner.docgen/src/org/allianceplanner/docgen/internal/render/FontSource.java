package org.allianceplanner.docgen.internal.render;

import org.allianceplanner.fonts.FontStyle;
import org.allianceplanner.fonts.FontUnavailableException;
import org.allianceplanner.fonts.Fonts;

/** Where the PDF renderer gets the TrueType files of its Japanese font. */
@FunctionalInterface
public interface FontSource {

	/** The bundled Noto Sans JP of {@code org.allianceplanner.fonts}. */
	FontSource BUNDLED = Fonts::bytes;

	/** The style's TrueType file; throws, naming the file, if it cannot be had. */
	byte[] bytes(FontStyle style) throws FontUnavailableException;
}
