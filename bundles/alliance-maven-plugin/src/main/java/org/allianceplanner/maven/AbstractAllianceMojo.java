package org.allianceplanner.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.allianceplanner.cli.IssueFormatter;
import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.PipelineException;
import org.allianceplanner.pipeline.PlanPipeline;
import org.allianceplanner.validation.report.TextReportWriter;
import org.allianceplanner.model.io.AtomicFiles;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.xtext.validation.Issue;

/**
 * What the goals share: where the plans and outputs are, skipping when nothing changed, and checking the plans
 * with the shared pipeline ({@link PlanPipeline}, the same the {@code alliance} command and the IDE builder
 * call) with its findings in Maven's log.
 */
public abstract class AbstractAllianceMojo extends AbstractMojo {

	/** The project's settings file (severities), read by the pipeline from the plans' folder upwards. */
	static final String SETTINGS_FILE = "alliance.properties";

	/** Folder holding the .alliance plans (searched recursively). */
	@Parameter(property = "alliance.sourceDirectory", defaultValue = "${project.basedir}/src/main/alliance")
	protected File sourceDirectory;

	/** Folder receiving every output of the plugin. */
	@Parameter(property = "alliance.outputDirectory", defaultValue = "${project.build.directory}/alliance")
	protected File outputDirectory;

	/** Skips the goal. */
	@Parameter(property = "alliance.skip", defaultValue = "false")
	protected boolean skip;

	/** Runs the goal even when its inputs have not changed since its last successful run. */
	@Parameter(property = "alliance.force", defaultValue = "false")
	protected boolean force;

	/** Where the fingerprints of the last successful runs are kept (outside the output folder). */
	@Parameter(defaultValue = "${project.build.directory}/alliance-stamps", readonly = true)
	protected File stampDirectory;

	@Parameter(defaultValue = "${project.basedir}", readonly = true)
	protected File baseDirectory;

	@Parameter(defaultValue = "${plugin.version}", readonly = true)
	protected String pluginVersion;

	/** The goal's name, used in messages and for its stamp file. */
	protected abstract String goal();

	/** The goal's options that change its result (part of the fingerprint). */
	protected abstract List<String> settings();

	/** Does the goal's work once the inputs are known to have changed. */
	protected abstract void execute(List<Path> inputs) throws MojoExecutionException, MojoFailureException;

	/** Whether the outputs of the last run are still there (so that skipping is safe). */
	protected boolean outputsPresent() {
		return true;
	}

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("alliance:" + goal() + " skipped (alliance.skip)");
			return;
		}
		if (!sourceDirectory.isDirectory()) {
			getLog().info("No plans: " + sourceDirectory + " does not exist; nothing to do.");
			return;
		}
		List<Path> inputs = inputs();
		if (inputs.stream().noneMatch(p -> p.getFileName().toString().endsWith(".alliance"))) {
			getLog().info("No .alliance files in " + sourceDirectory + "; nothing to do.");
			return;
		}
		InputStamp stamp = stamp(inputs);
		if (!force && stamp.isUpToDate() && outputsPresent()) {
			getLog().info("Plans unchanged since the last alliance:" + goal() + "; skipped (-Dalliance.force to run anyway).");
			return;
		}
		try {
			stamp.forget(); // a run that fails or is interrupted must be repeated
			headless(inputs);
			stamp.record();
		} catch (IOException e) {
			throw new MojoExecutionException("Cannot write the stamp file of alliance:" + goal() + ": " + e.getMessage(), e);
		}
	}

	/**
	 * What the command reads: the plans and settings files below the plans' folder (not the build's own
	 * outputs, when the folder contains them) and the project's settings file.
	 */
	List<Path> inputs() throws MojoExecutionException {
		List<Path> files = new ArrayList<>();
		Path buildDirectory = stampDirectory.toPath().toAbsolutePath().getParent();
		try (Stream<Path> walk = Files.walk(sourceDirectory.toPath())) {
			walk.filter(p -> !p.toAbsolutePath().startsWith(buildDirectory)).filter(Files::isRegularFile)
					.filter(p -> p.getFileName().toString().endsWith(".alliance")
							|| p.getFileName().toString().equals(SETTINGS_FILE))
					.sorted().forEach(files::add);
		} catch (IOException | java.io.UncheckedIOException e) {
			throw new MojoExecutionException("Cannot read " + sourceDirectory + ": " + e.getMessage(), e);
		}
		Path projectSettings = baseDirectory.toPath().resolve(SETTINGS_FILE);
		if (Files.isRegularFile(projectSettings) && !files.contains(projectSettings)) {
			files.add(projectSettings);
		}
		return files;
	}

	private InputStamp stamp(List<Path> inputs) throws MojoExecutionException {
		List<String> fingerprinted = new ArrayList<>();
		fingerprinted.add("plugin=" + pluginVersion);
		fingerprinted.add("goal=" + goal());
		fingerprinted.add("output=" + outputDirectory.getAbsolutePath());
		fingerprinted.addAll(settings());
		try {
			return InputStamp.of(stampDirectory.toPath().resolve(goal() + ".sha256"), fingerprinted, inputs);
		} catch (IOException e) {
			throw new MojoExecutionException("Cannot read the plans in " + sourceDirectory + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Loads and checks the plans among {@code inputs} with the shared pipeline (the command's and the IDE
	 * builder's), with the severities of the project's alliance.properties, and logs the language problems.
	 *
	 * @throws MojoExecutionException naming the file that cannot be read or the settings line that is wrong
	 */
	protected CheckedPlans check(PlanPipeline pipeline, List<Path> inputs) throws MojoExecutionException {
		List<Path> plans = inputs.stream().filter(p -> p.getFileName().toString().endsWith(".alliance")).toList();
		CheckedPlans checked;
		try {
			checked = pipeline.check(pipeline.load(plans));
		} catch (PipelineException e) {
			throw new MojoExecutionException("alliance:" + goal() + ": " + e.getMessage(), e);
		}
		for (Map.Entry<Path, List<Issue>> entry : checked.languageIssues().entrySet()) {
			for (Issue issue : entry.getValue()) {
				LogConsole.logLine(getLog(), IssueFormatter.format(entry.getKey(), issue));
			}
		}
		return checked;
	}

	/** Logs the rules' active findings and the suppressions, each line at its severity. */
	protected void logFindings(CheckedPlans checked) {
		if (checked.rules() == null) {
			return;
		}
		StringBuilder text = new StringBuilder();
		try {
			new TextReportWriter(false).write(checked.rules(), checked.locations(), text);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringBuilder does not throw
		}
		text.toString().lines().forEach(line -> LogConsole.logLine(getLog(), line));
	}

	/** The build fails: the plans do not pass the checks. */
	protected MojoFailureException plansFail() {
		return new MojoFailureException("alliance:" + goal() + ": the plans in " + sourceDirectory
				+ " do not pass (see the diagnostics above; each names its rule ID)");
	}

	/**
	 * Runs the goal's work without a display and with the plugin's class loader as the thread's context loader
	 * (Guice and EMF look up classes through it).
	 */
	private void headless(List<Path> inputs) throws MojoExecutionException, MojoFailureException {
		System.setProperty("java.awt.headless", "true");
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(getClass().getClassLoader());
		try {
			execute(inputs);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** Moves a finished temporary file into place at once, so that a failed run leaves the previous report intact. */
	protected static void moveInto(Path temporary, Path target) throws IOException {
		AtomicFiles.replace(temporary, target);
	}
}
