package org.allianceplanner.docgen;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run produced.
 *
 * @param written every file of this run, relative to the output folder, sorted (unchanged files included: they
 *            were compared and left as they were)
 * @param removed files an earlier run wrote that this run no longer produces, now deleted
 * @param withheld plan elements left out of this edition because they are not releasable to its audience,
 *            as {@code plan: element} (for the log, never for the documents)
 */
public record GenerationResult(List<Path> written, List<Path> removed, List<String> withheld) {

	/** The file in the output folder where the generators list what they wrote (not itself in {@link #written}). */
	public static final String MANIFEST = org.allianceplanner.docgen.internal.io.OutputFolder.MANIFEST;

	public GenerationResult {
		written = List.copyOf(written);
		removed = List.copyOf(removed);
		withheld = List.copyOf(withheld);
	}
}
