package org.allianceplanner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.pipeline.PipelineException;
import org.allianceplanner.pipeline.PlanInputs;
import org.allianceplanner.pipeline.PlanPipeline;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Loads plan files into one resource set through the shared pipeline ({@link PlanPipeline#load}: regular
 * files of at most {@value PlanInputs#MAX_FILE_MIB} MiB, their folders' plans as context) and validates them
 * with the language's checks. The commands that check the rules use {@link PlanPipeline} itself.
 */
public final class PlanLoader {

	private final Injector injector;
	private final PlanPipeline pipeline;
	private Progress progress = Progress.start(null, true, 0);

	public PlanLoader() {
		this(injector());
	}

	public PlanLoader(Injector injector) {
		this.injector = injector;
		this.pipeline = new PlanPipeline(injector);
	}

	/** The plan language's injector, created once per process. */
	public static Injector injector() {
		return PlanPipeline.standaloneInjector();
	}

	/** Reports each file parsed and checked to {@code progress} (two steps per file). */
	public PlanLoader withProgress(Progress progress) {
		this.progress = progress;
		pipeline.withProgress(progress::step);
		return this;
	}

	public Injector getInjector() {
		return injector;
	}

	/**
	 * Parses every file; references are resolved later, by {@link #validate(LoadedPlans)}. The other plan
	 * files in the folders of the named files are loaded too, as context.
	 *
	 * @throws UsageException when a named file cannot be read, is not a regular file or is too large
	 */
	public LoadedPlans load(List<Path> files) throws UsageException {
		try {
			org.allianceplanner.pipeline.LoadedPlans loaded = pipeline.load(files);
			return new LoadedPlans(loaded.resourceSet(), loaded.paths());
		} catch (PipelineException e) {
			throw new UsageException(Messages.PROGRAM + ": " + e.getMessage());
		}
	}

	/** Resolves the references of every file and runs every check; issues are in file order. */
	public Map<Path, List<Issue>> validate(LoadedPlans plans) {
		return validate(plans, CheckMode.ALL);
	}

	/** Resolves the references of every file and runs the checks of the given mode; issues are in file order. */
	public Map<Path, List<Issue>> validate(LoadedPlans plans, CheckMode mode) {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		Map<Path, List<Issue>> issues = new LinkedHashMap<>();
		for (Map.Entry<Resource, Path> entry : plans.paths().entrySet()) {
			progress.step("check " + entry.getValue().getFileName());
			List<Issue> found = new ArrayList<>(validator.validate(entry.getKey(), mode, CancelIndicator.NullImpl));
			found.sort((a, b) -> Integer.compare(offset(a), offset(b)));
			issues.put(entry.getValue(), found);
		}
		return issues;
	}

	private static int offset(Issue issue) {
		return issue.getOffset() != null ? issue.getOffset() : 0;
	}

	/** Loaded plans: the resource set and, for each resource, the path the user named. */
	public record LoadedPlans(XtextResourceSet resourceSet, Map<Resource, Path> paths) {

		public List<XtextResource> resources() {
			List<XtextResource> result = new ArrayList<>();
			for (Resource resource : paths.keySet()) {
				result.add((XtextResource) resource);
			}
			return result;
		}
	}
}
