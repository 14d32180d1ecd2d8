package org.allianceplanner.dsl.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Picks the names closest to a misspelt one (edit distance, case-insensitive). */
public final class NearestNames {

	private NearestNames() {
	}

	/**
	 * @return at most {@code limit} candidates, nearest first, no farther than about a third of the
	 *         name's length (at least 2 edits); a candidate containing the name also counts as near
	 */
	public static List<String> nearest(String name, Iterable<String> candidates, int limit) {
		String wanted = name.toLowerCase(Locale.ROOT);
		int threshold = Math.max(2, wanted.length() / 3);
		record Scored(String name, int distance) {
		}
		List<Scored> scored = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String candidate : candidates) {
			if (!seen.add(candidate)) {
				continue;
			}
			String lower = candidate.toLowerCase(Locale.ROOT);
			int distance = distance(wanted, lower, threshold);
			if (distance <= threshold) {
				scored.add(new Scored(candidate, distance));
			} else if (wanted.length() >= 3 && lower.contains(wanted)) {
				scored.add(new Scored(candidate, threshold + 1));
			}
		}
		scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
		List<String> result = new ArrayList<>();
		for (int i = 0; i < scored.size() && i < limit; i++) {
			result.add(scored.get(i).name());
		}
		return result;
	}

	/** Optimal string alignment distance, giving up (returning max + 1) once it exceeds {@code max}. */
	static int distance(String a, String b, int max) {
		if (Math.abs(a.length() - b.length()) > max) {
			return max + 1;
		}
		int[] previous2 = new int[b.length() + 1];
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, previous2[j - 2] + 1);
				}
				current[j] = value;
				rowMin = Math.min(rowMin, value);
			}
			if (rowMin > max) {
				return max + 1;
			}
			int[] recycled = previous2;
			previous2 = previous;
			previous = current;
			current = recycled;
		}
		return previous[b.length()];
	}
}
