package org.allianceplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.allianceplanner.dsl.AllianceStandaloneSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Loads plan files into one resource set (so that imports across files resolve) and validates them.
 * One loader can load many times; the Xtext injector is created once per process.
 */
public final class PlanLoader {

	private static Injector sharedInjector;

	private final Injector injector;
	private Progress progress = Progress.start(null, true, 0);

	public PlanLoader() {
		this(injector());
	}

	public PlanLoader(Injector injector) {
		this.injector = injector;
	}

	public static synchronized Injector injector() {
		if (sharedInjector == null) {
			sharedInjector = new AllianceStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return sharedInjector;
	}

	/** Reports each file parsed and checked to {@code progress} (two steps per file). */
	public PlanLoader withProgress(Progress progress) {
		this.progress = progress;
		return this;
	}

	public Injector getInjector() {
		return injector;
	}

	/**
	 * Parses every file; references are resolved later, by {@link #validate(LoadedPlans)}. The other
	 * plan files in the folders of the named files are loaded too, as context: a plan checked on
	 * its own still sees what its folder declares (imports resolve), but only the named files are
	 * reported on and generated from.
	 *
	 * @throws UsageException when a named file cannot be read
	 */
	public LoadedPlans load(List<Path> files) throws UsageException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		// Resources of this loader's language instance, even when another injector (the language server's)
		// registered the extension globally: formatter and resources must share one grammar.
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(PlanFiles.EXTENSION.substring(1),
				injector.getInstance(IResourceFactory.class));
		Map<Resource, Path> paths = new LinkedHashMap<>();
		Set<URI> named = new HashSet<>();
		for (Path file : files) {
			URI uri = uri(file);
			named.add(uri);
			progress.step("parse " + file.getFileName());
			try {
				paths.put(resourceSet.getResource(uri, true), file);
			} catch (RuntimeException e) {
				Throwable cause = e.getCause() != null ? e.getCause() : e;
				throw new UsageException(Messages.ioProblem(file.toString(), describe(cause)));
			}
		}
		for (Path sibling : siblings(files)) {
			URI uri = uri(sibling);
			if (named.add(uri)) {
				try {
					resourceSet.getResource(uri, true);
				} catch (RuntimeException e) {
					// Context only: an unreadable neighbour shows up as unresolved names, if it matters.
					resourceSet.getResources().removeIf(r -> uri.equals(r.getURI()));
				}
			}
		}
		return new LoadedPlans(resourceSet, paths);
	}

	private static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	/** The plan files next to the named ones (same folders, not below). */
	private static Set<Path> siblings(List<Path> files) {
		Set<Path> folders = new LinkedHashSet<>();
		for (Path file : files) {
			Path folder = file.toAbsolutePath().normalize().getParent();
			if (folder != null) {
				folders.add(folder);
			}
		}
		Set<Path> result = new LinkedHashSet<>();
		for (Path folder : folders) {
			try (Stream<Path> list = Files.list(folder)) {
				list.filter(p -> Files.isRegularFile(p) && PlanFiles.isPlanFile(p)).sorted().forEach(result::add);
			} catch (IOException e) {
				// An unlistable folder adds no context; the named files were read already.
			}
		}
		return result;
	}

	/** Resolves the references of every file and runs every check; issues are in file order. */
	public Map<Path, List<Issue>> validate(LoadedPlans plans) {
		return validate(plans, CheckMode.ALL);
	}

	/**
	 * Resolves the references of every file and runs the checks of the given mode; issues are in file order.
	 * {@code alliance validate} runs the language's fast checks here (syntax, linking, names) and the rules of
	 * the Guidelines once for all files through org.allianceplanner.validation.
	 */
	public Map<Path, List<Issue>> validate(LoadedPlans plans, CheckMode mode) {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		Map<Path, List<Issue>> issues = new LinkedHashMap<>();
		for (Map.Entry<Resource, Path> entry : plans.paths().entrySet()) {
			progress.step("check " + entry.getValue().getFileName());
			List<Issue> found = new ArrayList<>(
					validator.validate(entry.getKey(), mode, CancelIndicator.NullImpl));
			found.sort((a, b) -> Integer.compare(offset(a), offset(b)));
			issues.put(entry.getValue(), found);
		}
		return issues;
	}

	private static int offset(Issue issue) {
		return issue.getOffset() != null ? issue.getOffset() : 0;
	}

	private static String describe(Throwable cause) {
		if (cause instanceof java.nio.file.AccessDeniedException || cause instanceof java.io.FileNotFoundException) {
			return "cannot be read";
		}
		String message = cause.getMessage();
		return message != null ? message : cause.getClass().getSimpleName();
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
