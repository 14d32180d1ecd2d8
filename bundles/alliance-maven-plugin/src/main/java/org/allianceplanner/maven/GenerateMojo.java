package org.allianceplanner.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.cli.Messages;
import org.allianceplanner.docgen.Audience;
import org.allianceplanner.docgen.GenerationResult;
import org.allianceplanner.docgen.GeneratorOptions;
import org.allianceplanner.docgen.OutputFormat;
import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.OutputStep;
import org.allianceplanner.pipeline.PlanPipeline;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code alliance:generate}: writes every output of {@code alliance generate} (plan documents, coordination
 * checklists, matrices, coverage report, index page) for the plans into {@code target/alliance}; one sub-folder
 * per audience when {@code audiences} names some. Nothing is written when a plan has errors (the build fails,
 * naming them).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = false)
public class GenerateMojo extends AbstractAllianceMojo {

	/** Output formats ({@code html, md, pdf, docx, csv, xlsx, json}), as {@code alliance generate --format} takes them; all when empty. */
	@Parameter(property = "alliance.formats")
	protected List<String> formats = new ArrayList<>();

	/**
	 * Audience editions ({@code japan}, {@code united-states}, {@code both}), each into its own sub-folder of the
	 * output folder; when empty, the command's default edition straight into the output folder.
	 */
	@Parameter(property = "alliance.audiences")
	protected List<String> audiences = new ArrayList<>();

	@Override
	protected String goal() {
		return "generate";
	}

	@Override
	protected List<String> settings() {
		return List.of("formats=" + formats, "audiences=" + audiences);
	}

	@Override
	protected boolean outputsPresent() {
		return outputDirectory.isDirectory();
	}

	@Override
	protected void execute(List<Path> inputs) throws MojoExecutionException, MojoFailureException {
		List<GeneratorOptions> editions = new ArrayList<>();
		if (audiences.isEmpty()) {
			editions.add(options(outputDirectory, null));
		}
		for (String audience : audiences) {
			editions.add(options(new File(outputDirectory, audience), audience));
		}
		PlanPipeline pipeline = new PlanPipeline();
		CheckedPlans checked = check(pipeline, inputs);
		logFindings(checked);
		if (!checked.passes()) {
			getLog().error(Messages.notGeneratedBecauseOfErrors(checked.errors()));
			throw plansFail();
		}
		try {
			for (GeneratorOptions edition : editions) {
				int written = 0;
				int withheld = 0;
				for (GenerationResult result : pipeline.write(checked, OutputStep.standard(edition))) {
					written += result.written().size();
					withheld += result.withheld().size();
				}
				getLog().info(written + " files written to " + edition.outputDir()
						+ (withheld == 0 ? "" : "; " + Messages.withheld(withheld, edition.audience().label())));
			}
		} catch (IOException e) {
			throw new MojoExecutionException("alliance:generate: " + Messages.describe(e), e);
		}
	}

	/** The generators' options for one edition, as {@code alliance generate --format --audience} sets them. */
	GeneratorOptions options(File output, String audience) throws MojoExecutionException {
		GeneratorOptions.Builder builder = GeneratorOptions.builder(output.toPath());
		try {
			Set<OutputFormat> chosen = EnumSet.noneOf(OutputFormat.class);
			for (String word : String.join(",", formats).split(",")) {
				if (!word.isBlank()) {
					chosen.add(OutputFormat.parse(word.trim()));
				}
			}
			if (!chosen.isEmpty()) {
				builder.formats(chosen);
			}
			if (audience != null) {
				builder.audience(Audience.parse(audience));
			}
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException("alliance:generate: " + e.getMessage(), e);
		}
		return builder.build();
	}
}
