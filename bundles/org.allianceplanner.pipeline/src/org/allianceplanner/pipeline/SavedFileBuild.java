package org.allianceplanner.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.allianceplanner.docgen.Audience;
import org.allianceplanner.docgen.GeneratorOptions;
import org.allianceplanner.docgen.OutputFormat;

/**
 * What the IDE's project builder writes when a plan file is saved, without the workbench: the pipeline run
 * on that one file (its folder's other plans as context), writing its documents into
 * {@code <documents folder>/<file name without .alliance>/}. Nothing is written when the file has errors.
 * Headless so that a test can run the builder's very path beside the command's and the Maven plugin's.
 */
public final class SavedFileBuild {

	private SavedFileBuild() {
	}

	/** The folder receiving the documents of {@code file}: {@code documents/air} for {@code air.alliance}. */
	public static Path outputFolder(Path documentsFolder, Path file) {
		String name = file.getFileName().toString();
		return documentsFolder.resolve(name.endsWith("." + PlanInputs.EXTENSION) ? name.substring(0, name.length() - PlanInputs.EXTENSION.length() - 1) : name);
	}

	/**
	 * @param formats the document formats; none writes nothing but still checks
	 * @throws PipelineException when the file cannot be read or the project's settings are bad
	 * @throws IOException when a document cannot be written (the earlier ones stay whole)
	 */
	public static PlanPipeline.Run run(PlanPipeline pipeline, Path file, Path documentsFolder,
			Set<OutputFormat> formats) throws PipelineException, IOException {
		return run(pipeline, file, documentsFolder, formats, Audience.BOTH);
	}

	/** As {@link #run(PlanPipeline, Path, Path, Set)}, the documents written for one audience (edition). */
	public static PlanPipeline.Run run(PlanPipeline pipeline, Path file, Path documentsFolder,
			Set<OutputFormat> formats, Audience audience) throws PipelineException, IOException {
		List<OutputStep> steps = formats.isEmpty() ? List.of()
				: OutputStep.standard(GeneratorOptions.builder(outputFolder(documentsFolder, file)).formats(formats)
						.audience(audience).build());
		return pipeline.run(List.of(file), steps);
	}
}
