package org.allianceplanner.diagram.layout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.allianceplanner.diagram.text.DiagramFont;

/** Shared by the layout and render tests. */
public final class Fixtures {

	private Fixtures() {
	}

	/** The bundled Noto Sans JP; the tests need it (Japanese labels), so its absence fails them. */
	public static final DiagramFont FONT = DiagramFont.bundled(problem -> {
		throw new IllegalStateException(problem);
	}).orElseThrow();

	public static DiagramLayouter layouter() {
		return new DiagramLayouter(FONT);
	}

	/** Where rendered diagrams are kept for review: target/diagrams of the tests bundle. */
	public static Path outputDir() throws java.io.IOException {
		Path dir = Path.of(System.getProperty("diagram.test.output", "target/diagrams"));
		Files.createDirectories(dir);
		return dir;
	}

	/**
	 * The ranks of the given nodes, renumbered over those nodes only: layers 0.. in order, positions 0.. in
	 * order within a layer. Two layouts keep "layer and order" of these nodes when the results are equal.
	 */
	public static Map<String, Rank> relativeRanks(Map<String, Rank> ranks, java.util.Collection<String> nodes) {
		TreeMap<Integer, List<String>> byLayer = new TreeMap<>();
		for (String id : nodes) {
			Rank r = ranks.get(id);
			if (r == null) {
				throw new AssertionError("no rank for " + id);
			}
			byLayer.computeIfAbsent(r.layer(), k -> new ArrayList<>()).add(id);
		}
		Map<String, Rank> result = new HashMap<>();
		int layer = 0;
		for (List<String> ids : byLayer.values()) {
			ids.sort((a, b) -> Integer.compare(ranks.get(a).position(), ranks.get(b).position()));
			for (int p = 0; p < ids.size(); p++) {
				result.put(ids.get(p), new Rank(layer, p));
			}
			layer++;
		}
		return result;
	}
}
