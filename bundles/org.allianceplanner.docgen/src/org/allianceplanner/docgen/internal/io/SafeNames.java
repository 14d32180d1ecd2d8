package org.allianceplanner.docgen.internal.io;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File names from plan and party names. The result holds only {@code a-z 0-9 -}, so no name can climb out
 * of the output folder, hide as a dot file, or clash with reserved device names on Windows.
 */
public final class SafeNames {

	private static final int MAX_LENGTH = 60;
	private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
			"com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
			"lpt8", "lpt9");

	private final Set<String> used = new HashSet<>();

	/** A slug for {@code name}; {@code fallback} when nothing usable is left. */
	public static String slug(String name, String fallback) {
		String text = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKD);
		StringBuilder sb = new StringBuilder();
		boolean dash = false;
		for (int i = 0; i < text.length() && sb.length() < MAX_LENGTH; i++) {
			char c = Character.toLowerCase(text.charAt(i));
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				sb.append(c);
				dash = false;
			} else if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue; // accents dropped after NFKD: "é" -> "e"
			} else if (!dash && sb.length() > 0) {
				sb.append('-');
				dash = true;
			}
		}
		while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
			sb.setLength(sb.length() - 1);
		}
		String slug = sb.toString();
		if (slug.isEmpty() || WINDOWS_RESERVED.contains(slug)) {
			slug = slug.isEmpty() ? fallback : slug + "-" + fallback;
		}
		return slug.toLowerCase(Locale.ROOT);
	}

	/** A slug not handed out before by this instance: {@code x}, then {@code x-2}, {@code x-3}... */
	public String unique(String name, String fallback) {
		String base = slug(name, fallback);
		String candidate = base;
		for (int n = 2; !used.add(candidate); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}
}
