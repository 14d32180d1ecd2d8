package org.allianceplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.allianceplanner.docgen.Audience;
import org.allianceplanner.docgen.GeneratorOptions;
import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.docgen.ProgressListener;

/**
 * The document generators' options from the command line of {@code alliance generate}. (The findings the
 * documents list come from the shared pipeline, {@link org.allianceplanner.pipeline.CheckedPlans#findings()}.)
 */
final class DocgenOptions {

	private DocgenOptions() {
	}

	static GeneratorOptions from(Arguments arguments, Path output, ProgressListener progress) throws UsageException {
		GeneratorOptions.Builder builder = GeneratorOptions.builder(output).overwriteForeignFiles(arguments.has("--force"))
				.progress(progress);
		try {
			if (arguments.has("--audience")) {
				builder.audience(Audience.parse(arguments.get("--audience")));
			}
			if (arguments.has("--format")) {
				Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
				for (String f : arguments.get("--format").split(",")) {
					if (!f.isBlank()) {
						formats.add(OutputFormat.parse(f));
					}
				}
				builder.formats(formats.isEmpty() ? EnumSet.allOf(OutputFormat.class) : formats);
			}
		} catch (IllegalArgumentException e) {
			throw new UsageException("alliance generate: " + e.getMessage());
		}
		if (arguments.has("--templates")) {
			Path templates = Path.of(arguments.get("--templates"));
			if (!Files.isDirectory(templates)) {
				throw new UsageException("alliance generate: " + templates + ": template folder does not exist");
			}
			builder.templateDir(templates);
		}
		return builder.build();
	}
}
