package org.allianceplanner.maven;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.PlanPipeline;
import org.allianceplanner.validation.coverage.CoverageReport;
import org.allianceplanner.validation.coverage.CoverageWriters;

import org.allianceplanner.model.io.AtomicFiles;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code alliance:coverage}: which clauses of the Guidelines and rows of the Annex the plans implement and which
 * they leave open, written to {@code target/alliance/coverage.txt} (or {@code .json}).
 */
@Mojo(name = "coverage", defaultPhase = LifecyclePhase.VERIFY, threadSafe = false)
public class CoverageMojo extends AbstractAllianceMojo {

	/** {@code text} (default) or {@code json}; named apart from validate's {@code format}, as one configuration serves both. */
	@Parameter(property = "alliance.coverageFormat", defaultValue = "text")
	protected String coverageFormat;

	@Override
	protected String goal() {
		return "coverage";
	}

	@Override
	protected List<String> settings() {
		return List.of("format=" + coverageFormat);
	}

	@Override
	protected boolean outputsPresent() {
		return Files.isRegularFile(reportFile());
	}

	@Override
	protected void execute(List<Path> inputs) throws MojoExecutionException, MojoFailureException {
		boolean json = "json".equalsIgnoreCase(coverageFormat);
		if (!json && !"text".equalsIgnoreCase(coverageFormat)) {
			throw new MojoExecutionException("alliance:coverage: coverageFormat " + coverageFormat + ": expected text or json");
		}
		CheckedPlans checked = check(new PlanPipeline(), inputs);
		if (checked.languageErrors() > 0) {
			throw plansFail();
		}
		CoverageReport coverage = checked.coverage();
		Path report = reportFile();
		Path temporary = null;
		try {
			temporary = AtomicFiles.temporaryBeside(report);
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				if (json) {
					CoverageWriters.writeJson(coverage, out);
				} else {
					CoverageWriters.writeText(coverage, out);
				}
			}
			moveInto(temporary, report);
			getLog().info("Coverage report: " + report);
		} catch (IOException e) {
			throw new MojoExecutionException("Cannot write " + report + ": " + e.getMessage(), e);
		} finally {
			try {
				if (temporary != null) {
					Files.deleteIfExists(temporary);
				}
			} catch (IOException e) {
				getLog().debug(e);
			}
		}
	}

	private Path reportFile() {
		String extension = "json".equalsIgnoreCase(coverageFormat) ? "json" : "txt";
		return outputDirectory.toPath().resolve("coverage." + extension);
	}
}
