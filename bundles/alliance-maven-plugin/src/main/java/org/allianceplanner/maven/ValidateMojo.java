package org.allianceplanner.maven;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.allianceplanner.cli.Messages;
import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.PlanPipeline;
import org.allianceplanner.validation.FailOn;
import org.allianceplanner.validation.ValidationResult;
import org.allianceplanner.validation.report.ReportFormat;
import org.allianceplanner.model.io.AtomicFiles;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code alliance:validate}: checks the plans against the language and every rule of the Guidelines and fails
 * the build on errors (or on warnings with {@code failOn=warning}). Each diagnostic in the log names its rule
 * ID. With {@code format} json or sarif the report is also written to {@code target/alliance/validation.FORMAT}
 * for code-scanning tools.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = false)
public class ValidateMojo extends AbstractAllianceMojo {

	/** {@code error} (default), {@code warning} or {@code never}: the lowest severity that fails the build. */
	@Parameter(property = "alliance.failOn", defaultValue = "error")
	protected String failOn;

	/** {@code text} (default: diagnostics in the log), {@code json} or {@code sarif} (a report file). */
	@Parameter(property = "alliance.format", defaultValue = "text")
	protected String format;

	@Override
	protected String goal() {
		return "validate";
	}

	@Override
	protected List<String> settings() {
		return List.of("failOn=" + failOn, "format=" + format);
	}

	@Override
	protected boolean outputsPresent() {
		return isText() || Files.isRegularFile(reportFile());
	}

	@Override
	protected void execute(List<Path> inputs) throws MojoExecutionException, MojoFailureException {
		FailOn threshold;
		ReportFormat reportFormat;
		try {
			threshold = FailOn.parse(failOn.toLowerCase(Locale.ROOT));
			reportFormat = ReportFormat.parse(format.toLowerCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException("alliance:validate: " + e.getMessage(), e);
		}
		CheckedPlans checked = check(new PlanPipeline(), inputs);
		if (checked.languageErrors() > 0) {
			throw plansFail();
		}
		ValidationResult result = checked.rules();
		logFindings(checked);
		getLog().info(Messages.summaryLine(checked.plans().paths().size(), checked.errors(), checked.warnings())
				+ (result.suppressed().isEmpty() ? "" : ", " + result.suppressed().size() + " suppressed"));
		if (!isText()) {
			// a failing build still leaves the report for the code-scanning tool
			writeReport(reportFormat, result, checked);
		}
		if (threshold.fails(result)) {
			throw plansFail();
		}
	}

	private void writeReport(ReportFormat reportFormat, ValidationResult result, CheckedPlans checked)
			throws MojoExecutionException {
		Path report = reportFile();
		Path temporary = null;
		try {
			temporary = AtomicFiles.temporaryBeside(report);
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				reportFormat.writer().write(result, checked.locations(), out);
			}
			keep(temporary, report);
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

	private void keep(Path temporary, Path report) throws IOException {
		moveInto(temporary, report);
		getLog().info("Validation report: " + report);
	}

	private boolean isText() {
		return "text".equalsIgnoreCase(format);
	}

	private Path reportFile() {
		return outputDirectory.toPath().resolve("validation." + format.toLowerCase(Locale.ROOT));
	}
}
