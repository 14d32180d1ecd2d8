package org.allianceplanner.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

	/** Output formats ({@code html, md, pdf, docx, csv, xlsx, json}) for {@code alliance generate --format}; all when empty. */
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
		if (audiences.isEmpty()) {
			runCommand(arguments(outputDirectory, null), LogConsole.toLog(getLog()));
			return;
		}
		for (String audience : audiences) {
			runCommand(arguments(new File(outputDirectory, audience), audience), LogConsole.toLog(getLog()));
		}
	}

	List<String> arguments(File output, String audience) {
		List<String> args = new ArrayList<>(List.of("generate", sourceDirectory.getPath(), "-o", output.getPath()));
		if (!formats.isEmpty()) {
			args.addAll(List.of("--format", String.join(",", formats)));
		}
		if (audience != null) {
			args.addAll(List.of("--audience", audience));
		}
		return args;
	}
}
