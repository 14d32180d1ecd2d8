package org.allianceplanner.docgen;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What to generate and where. Build with {@link #builder(Path)}.
 *
 * @param outputDir the folder to write into; created if missing
 * @param formats the formats to write; each output is written in those of its formats that are selected
 * @param audience the edition
 * @param templateDir a folder whose templates replace the built-in ones of the same name, or {@code null}
 * @param date the date printed in the documents and stamped in every format that embeds one, or
 *            {@code null} to take it from the input (see {@link PlanDocumentGenerator})
 * @param overwriteForeignFiles whether files the generator did not write may be replaced
 * @param progress told about each plan
 */
public record GeneratorOptions(Path outputDir, Set<OutputFormat> formats, Audience audience, Path templateDir,
		Instant date, boolean overwriteForeignFiles, ProgressListener progress) {

	public GeneratorOptions {
		Objects.requireNonNull(outputDir, "outputDir");
		Objects.requireNonNull(audience, "audience");
		Objects.requireNonNull(progress, "progress");
		if (formats.isEmpty()) {
			throw new IllegalArgumentException("No output format selected");
		}
		formats = Set.copyOf(EnumSet.copyOf(formats));
	}

	public static Builder builder(Path outputDir) {
		return new Builder(outputDir);
	}

	/** Defaults: every format, the bilateral edition, built-in templates, date from the input. */
	public static final class Builder {
		private final Path outputDir;
		private Set<OutputFormat> formats = EnumSet.allOf(OutputFormat.class);
		private Audience audience = Audience.BOTH;
		private Path templateDir;
		private Instant date;
		private boolean overwriteForeignFiles;
		private ProgressListener progress = ProgressListener.NONE;

		private Builder(Path outputDir) {
			this.outputDir = outputDir;
		}

		public Builder formats(Set<OutputFormat> value) {
			this.formats = EnumSet.copyOf(value);
			return this;
		}

		public Builder audience(Audience value) {
			this.audience = value;
			return this;
		}

		public Builder templateDir(Path value) {
			this.templateDir = value;
			return this;
		}

		public Builder date(Instant value) {
			this.date = value;
			return this;
		}

		public Builder overwriteForeignFiles(boolean value) {
			this.overwriteForeignFiles = value;
			return this;
		}

		public Builder progress(ProgressListener value) {
			this.progress = value;
			return this;
		}

		public GeneratorOptions build() {
			return new GeneratorOptions(outputDir, formats, audience, templateDir, date, overwriteForeignFiles,
					progress);
		}
	}
}
