package org.allianceplanner.pipeline;

import java.io.IOException;
import java.util.List;

import org.allianceplanner.docgen.GenerationResult;
import org.allianceplanner.docgen.GeneratorOptions;

/**
 * One kind of output the pipeline writes from plans that passed every check: the plan documents
 * ({@link DocumentsStep}, with the plans' diagrams); further generators plug in as further steps. A step writes each
 * file whole or not at all and never replaces a file it did not write unless told so.
 */
public interface OutputStep {

	/** A short name for messages, e.g. {@code documents}. */
	String name();

	/**
	 * Writes the outputs of {@code plans} (which {@linkplain CheckedPlans#passes() pass}).
	 *
	 * @return the files written and removed, relative to the step's output folder, and what was withheld
	 * @throws IOException naming the file that could not be written
	 */
	GenerationResult write(CheckedPlans plans) throws IOException;

	/**
	 * The outputs every host writes for one edition into {@code options.outputDir()}: the documents, whose plan
	 * documents show each plan's diagrams ({@link PlanDiagrams}); the command, the Maven plugin and the IDE
	 * builder write this list. ({@code alliance diagram} and the Maven {@code diagram} goal write diagram files
	 * through {@link PlanDiagrams} and {@link DiagramFiles}, also for plans with errors.)
	 */
	static List<OutputStep> standard(GeneratorOptions options) {
		return List.of(new DocumentsStep(options));
	}
}
