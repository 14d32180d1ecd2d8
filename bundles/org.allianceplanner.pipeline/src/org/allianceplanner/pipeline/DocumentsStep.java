package org.allianceplanner.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.allianceplanner.docgen.CoverageSource;
import org.allianceplanner.docgen.FigureSource;
import org.allianceplanner.docgen.GenerationResult;
import org.allianceplanner.docgen.GeneratorOptions;
import org.allianceplanner.docgen.PlanDocumentGenerator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The plan documents, checklists, matrices, coverage reports and index page of
 * {@code org.allianceplanner.docgen}, listing the checks' real findings (clauses and suppressions included).
 */
public final class DocumentsStep implements OutputStep {

	private static final System.Logger LOG = System.getLogger(DocumentsStep.class.getName());

	private final GeneratorOptions options;
	private final boolean diagrams;

	/** The documents with each plan's diagrams (the built-in descriptions) in its plan document. */
	public DocumentsStep(GeneratorOptions options) {
		this(options, true);
	}

	/** @param diagrams whether plan documents show the plan's diagrams */
	public DocumentsStep(GeneratorOptions options, boolean diagrams) {
		this.options = options;
		this.diagrams = diagrams;
	}

	public GeneratorOptions options() {
		return options;
	}

	@Override
	public String name() {
		return "documents";
	}

	@Override
	public GenerationResult write(CheckedPlans plans) throws IOException {
		GeneratorOptions dated = options.date() != null ? options
				: new GeneratorOptions(options.outputDir(), options.formats(), options.audience(), options.templateDir(),
						date(plans.plans()), options.overwriteForeignFiles(), options.progress());
		return new PlanDocumentGenerator().generate(plans.plans().models(), dated, plans.findingsSource(),
				CoverageSource.fromTraceability(), figures(plans));
	}

	private FigureSource figures(CheckedPlans plans) throws IOException {
		if (!diagrams) {
			return FigureSource.NONE;
		}
		try {
			return PlanDiagrams.builtIn(warning -> LOG.log(System.Logger.Level.WARNING, warning)).figures(plans);
		} catch (PipelineException e) {
			throw new IOException("The diagrams of the plan documents cannot be drawn: " + e.getMessage(), e);
		}
	}

	/**
	 * The documents' date when the options give none: {@code SOURCE_DATE_EPOCH} (seconds), else the newest
	 * modification time of the plan files read, the named ones and their neighbours, so that the IDE builder's
	 * documents of one saved file carry the date the command's documents of the whole folder carry.
	 */
	static Instant date(LoadedPlans plans) {
		String epoch = System.getenv("SOURCE_DATE_EPOCH");
		if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
			return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
		}
		Instant newest = null;
		for (Resource resource : plans.resourceSet().getResources()) {
			URI uri = resource.getURI();
			if (uri != null && uri.isFile() && uri.toFileString().endsWith("." + PlanInputs.EXTENSION)) {
				try {
					Instant t = Files.getLastModifiedTime(Path.of(uri.toFileString())).toInstant();
					newest = newest == null || t.isAfter(newest) ? t : newest;
				} catch (IOException | RuntimeException e) {
					// a file that went away gives no date
				}
			}
		}
		return newest; // null: the generators' own fallback
	}
}
