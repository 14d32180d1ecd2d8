package org.allianceplanner.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.cli.Messages;
import org.allianceplanner.diagram.render.DiagramFormat;
import org.allianceplanner.docgen.Audience;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.DiagramFiles;
import org.allianceplanner.pipeline.PipelineException;
import org.allianceplanner.pipeline.PlanDiagrams;
import org.allianceplanner.pipeline.PlanPipeline;
import org.allianceplanner.validation.Finding;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * {@code alliance:diagram}: draws each plan file's diagrams, as {@code alliance diagram} does, into
 * {@code target/alliance/diagrams/<plan>/<diagram>.{svg,png,pdf}} (one sub-folder per audience when
 * {@code audiences} names some). A plan with errors is drawn with its error badges, then the build fails naming
 * the errors; a description with errors or an unknown diagram name fails the build with file and line.
 */
@Mojo(name = "diagram", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = false)
public class DiagramMojo extends AbstractAllianceMojo {

	/** Formats ({@code svg}, {@code png}, {@code pdf}); all when empty. */
	@Parameter(property = "alliance.diagramFormats")
	protected List<String> diagramFormats = new ArrayList<>();

	/** Names of the diagram descriptions to draw; all when empty. */
	@Parameter(property = "alliance.diagrams")
	protected List<String> diagrams = new ArrayList<>();

	/** Audiences ({@code japan}, {@code united-states}, {@code both}), each into its own sub-folder; when empty, {@code both}. */
	@Parameter(property = "alliance.audiences")
	protected List<String> audiences = new ArrayList<>();

	/** A folder of {@code *.viewpoint} files that add descriptions or replace built-in ones of the same name. */
	@Parameter(property = "alliance.descriptions")
	protected File descriptions;

	@Override
	protected String goal() {
		return "diagram";
	}

	@Override
	protected List<String> settings() {
		return List.of("formats=" + diagramFormats, "diagrams=" + diagrams, "audiences=" + audiences,
				"descriptions=" + descriptions);
	}

	@Override
	protected boolean outputsPresent() {
		return diagramsFolder().isDirectory();
	}

	private File diagramsFolder() {
		return new File(outputDirectory, "diagrams");
	}

	@Override
	protected void execute(List<Path> inputs) throws MojoExecutionException, MojoFailureException {
		Set<DiagramFormat> formats = formats();
		Map<String, Audience> editions = new java.util.LinkedHashMap<>();
		try {
			for (String audience : audiences) {
				editions.put(audience, Audience.parse(audience));
			}
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException("alliance:diagram: " + e.getMessage(), e);
		}
		PlanDiagrams drawing;
		try {
			drawing = PlanDiagrams.load(descriptions == null ? null : descriptions.toPath(), names(),
					warning -> getLog().warn(warning));
		} catch (PipelineException e) {
			throw new MojoExecutionException("alliance:diagram: " + e.getMessage(), e);
		}
		CheckedPlans checked = check(new PlanPipeline(), inputs);
		logFindings(checked);
		List<Finding> findings = checked.rules() == null ? List.of() : checked.rules().active();
		try {
			if (editions.isEmpty()) {
				draw(drawing, checked, findings, Audience.BOTH, diagramsFolder().toPath(), formats);
			}
			for (Map.Entry<String, Audience> edition : editions.entrySet()) {
				draw(drawing, checked, findings, edition.getValue(), diagramsFolder().toPath().resolve(edition.getKey()),
						formats);
			}
		} catch (IOException e) {
			throw new MojoExecutionException("alliance:diagram: " + Messages.describe(e), e);
		}
		if (checked.errors() > 0) {
			throw plansFail(); // drawn with their error badges, but the plans fail
		}
	}

	private void draw(PlanDiagrams drawing, CheckedPlans checked, List<Finding> findings, Audience audience,
			Path folder, Set<DiagramFormat> formats) throws IOException {
		Set<String> taken = new LinkedHashSet<>();
		int written = 0;
		for (Map.Entry<Resource, Path> entry : checked.plans().paths().entrySet()) {
			Resource resource = entry.getKey();
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PlanModel model) {
				Path planFolder = folder.resolve(DiagramFiles.planFolder(entry.getValue(), taken));
				written += DiagramFiles.write(drawing.draw(model, entry.getValue(), audience.visibility(), findings),
						planFolder, formats).size();
			}
		}
		getLog().info(written + " diagram files written to " + folder + " (" + audience.label() + ")");
	}

	private List<String> names() {
		List<String> names = new ArrayList<>();
		for (String word : String.join(",", diagrams).split(",")) {
			if (!word.isBlank()) {
				names.add(word.trim());
			}
		}
		return names;
	}

	private Set<DiagramFormat> formats() throws MojoExecutionException {
		Set<DiagramFormat> chosen = EnumSet.noneOf(DiagramFormat.class);
		for (String word : String.join(",", diagramFormats).split(",")) {
			if (!word.isBlank()) {
				try {
					chosen.add(DiagramFormat.valueOf(word.trim().toUpperCase(Locale.ROOT)));
				} catch (IllegalArgumentException e) {
					throw new MojoExecutionException("alliance:diagram: unknown diagram format '" + word.trim()
							+ "'; expected svg, png or pdf", e);
				}
			}
		}
		return chosen.isEmpty() ? EnumSet.allOf(DiagramFormat.class) : chosen;
	}
}
