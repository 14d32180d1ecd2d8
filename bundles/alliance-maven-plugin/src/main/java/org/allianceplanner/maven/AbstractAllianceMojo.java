package org.allianceplanner.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.allianceplanner.cli.Console;
import org.allianceplanner.cli.ExitCode;
import org.allianceplanner.cli.Main;
import org.allianceplanner.model.io.AtomicFiles;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: where the plans and outputs are, skipping when nothing changed, and running the
 * {@code alliance} command in-process with its output in Maven's log and its exit code turned into the
 * build's result.
 */
public abstract class AbstractAllianceMojo extends AbstractMojo {

	/** The project's settings file (severities), read by the command from the plans' folder upwards. */
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

	/** Runs the command(s) once the inputs are known to have changed. */
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
			execute(inputs);
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
	 * Runs {@code alliance ARGS} in this JVM, headless.
	 *
	 * @throws MojoFailureException when the plans fail the check (exit code 1)
	 * @throws MojoExecutionException on bad configuration or unreadable input (exit code 2)
	 */
	protected void runCommand(List<String> args, Console console) throws MojoExecutionException, MojoFailureException {
		getLog().debug("alliance " + String.join(" ", args));
		// no display on a build server: document generators must not try to open one
		System.setProperty("java.awt.headless", "true");
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(getClass().getClassLoader()); // Guice and EMF look up classes through it
		int code;
		try {
			code = new Main().run(args, console);
		} catch (RuntimeException e) {
			throw new MojoExecutionException("alliance " + args.get(0) + " failed: " + e, e);
		} finally {
			console.out().flush();
			console.err().flush();
			thread.setContextClassLoader(previous);
		}
		if (code == ExitCode.ERRORS) {
			throw new MojoFailureException("alliance:" + goal() + ": the plans in " + sourceDirectory
					+ " do not pass (see the diagnostics above; each names its rule ID)");
		}
		if (code != ExitCode.OK) {
			throw new MojoExecutionException("alliance:" + goal() + ": the command stopped with exit code " + code
					+ " (bad configuration or unreadable input, see above)");
		}
	}

	/** Moves a finished temporary file into place at once, so that a failed run leaves the previous report intact. */
	protected static void moveInto(Path temporary, Path target) throws IOException {
		AtomicFiles.replace(temporary, target);
	}
}
