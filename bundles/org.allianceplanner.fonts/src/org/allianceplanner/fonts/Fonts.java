package org.allianceplanner.fonts;

import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The font of the generated documents and diagrams: Noto Sans JP, which has glyphs for Japanese (kana and the
 * JIS kanji) as well as Latin, Greek and Cyrillic. TrueType outlines, SIL Open Font License 1.1 (the license
 * travels beside the fonts as {@value #LICENSE_RESOURCE}).
 * <p>
 * The files are build inputs, not sources: the build unpacks them from a pinned npm package into this bundle,
 * so a run from an IDE workspace that has not been built by Maven may not have them. Every loading method then
 * throws {@link FontUnavailableException} naming what is missing; callers warn and fall back, they never drop
 * text silently.
 * <p>
 * Thread-safe. Each file is read once per class loader and kept (about 5.4 MB per style).
 */
public final class Fonts {

	/** The family name, as the font's own name table gives it. */
	public static final String FAMILY = "Noto Sans JP";

	/** Where the font files lie, as a class-path folder (no leading slash). */
	public static final String FOLDER = "org/allianceplanner/fonts/";

	/** The SIL Open Font License text that must travel with the font files. */
	public static final String LICENSE_RESOURCE = FOLDER + "OFL.txt";

	/** Where the files come from, for messages. */
	static final String ORIGIN = "npm package @expo-google-fonts/noto-sans-jp 0.4.3, unpacked by the Maven build "
			+ "of bundle org.allianceplanner.fonts";

	private static final Map<FontStyle, byte[]> BYTES = new EnumMap<>(FontStyle.class);
	private static final Map<FontStyle, java.awt.Font> AWT = new EnumMap<>(FontStyle.class);

	private Fonts() {
	}

	/** The class-path resource name of the style's font file (no leading slash), e.g. for OpenPDF. */
	public static String resourcePath(FontStyle style) {
		return FOLDER + style.fileName();
	}

	/** The style's font file, or empty if this build does not carry it. */
	public static Optional<URL> resource(FontStyle style) {
		return Optional.ofNullable(Fonts.class.getClassLoader().getResource(resourcePath(style)));
	}

	/** Whether both styles can be loaded; cheap, reads no font data. */
	public static boolean available() {
		for (FontStyle style : FontStyle.values()) {
			if (resource(style).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The style's TrueType file. A fresh copy each call, so callers may keep or change it.
	 *
	 * @throws FontUnavailableException if the file is missing or unreadable
	 */
	public static byte[] bytes(FontStyle style) throws FontUnavailableException {
		return shared(style).clone();
	}

	/**
	 * The style as a Java2D font of the given size in points, for drawing text into images.
	 *
	 * @throws FontUnavailableException if the file is missing, unreadable or not a TrueType font
	 */
	public static java.awt.Font awtFont(FontStyle style, float size) throws FontUnavailableException {
		java.awt.Font base;
		synchronized (AWT) {
			base = AWT.get(style);
			if (base == null) {
				try {
					base = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT,
							new java.io.ByteArrayInputStream(shared(style)));
				} catch (FontFormatException | IOException e) {
					throw new FontUnavailableException(
							"Font " + resourcePath(style) + " is not a readable TrueType font: " + e.getMessage(), e);
				}
				AWT.put(style, base);
			}
		}
		return base.deriveFont(size);
	}

	private static byte[] shared(FontStyle style) throws FontUnavailableException {
		synchronized (BYTES) {
			byte[] data = BYTES.get(style);
			if (data == null) {
				data = read(style);
				BYTES.put(style, data);
			}
			return data;
		}
	}

	private static byte[] read(FontStyle style) throws FontUnavailableException {
		URL url = resource(style).orElseThrow(() -> new FontUnavailableException("Font " + resourcePath(style)
				+ " (" + FAMILY + " " + style.name().toLowerCase(java.util.Locale.ROOT)
				+ ") is not on the class path; it comes from the " + ORIGIN + ".", null));
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new FontUnavailableException("Font " + resourcePath(style) + " could not be read from " + url
					+ ": " + e.getMessage(), e);
		}
	}
}
