package org.allianceplanner.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.allianceplanner.docgen.GenerationResult;
import org.allianceplanner.dsl.AllianceStandaloneSetup;
import org.allianceplanner.validation.PlanValidator;
import org.allianceplanner.validation.ValidationResult;
import org.allianceplanner.validation.settings.SettingsFile;
import org.allianceplanner.validation.settings.SettingsFile.SettingsException;
import org.allianceplanner.validation.settings.ValidationSettings;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * The one way from plan files to findings and outputs, shared by the {@code alliance} command, the Maven
 * plugin and the IDE's project builder, so that they agree on the same plans:
 * <ol>
 * <li>{@link #load}: parse the named files into one resource set, with the other plan files of their folders
 * as context (imports resolve);</li>
 * <li>{@link #check}: the language's checks (syntax, links, names) per file, then, when they pass, every rule
 * of the Guidelines across all files with the severities of the project's {@code alliance.properties} (its
 * only source of severities) and the suppressions in the plans;</li>
 * <li>{@link #write}: the {@link OutputStep}s, in order, when nothing is an error.</li>
 * </ol>
 * Headless (no display, no workbench); one pipeline may run many times. The Xtext injector of the plan
 * language is created once per process unless the host passes its own.
 */
public final class PlanPipeline {

	private static Injector sharedInjector;

	private final Injector injector;
	private Consumer<String> progress = step -> {
	};

	/**
	 * A pipeline with the standalone plan language, for hosts without one (the command, the Maven plugin). A host
	 * that has set up the language already (the IDE) passes its own injector: creating the standalone one
	 * registers the language globally, in its place.
	 */
	public PlanPipeline() {
		this(standaloneInjector());
	}

	public PlanPipeline(Injector injector) {
		this.injector = injector;
	}

	/** The plan language's injector outside OSGi, created once per process. */
	public static synchronized Injector standaloneInjector() {
		if (sharedInjector == null) {
			sharedInjector = new AllianceStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return sharedInjector;
	}

	public Injector injector() {
		return injector;
	}

	/** Reports each step ({@code parse F}, {@code check F}: two per named file) to {@code listener}. */
	public PlanPipeline withProgress(Consumer<String> listener) {
		this.progress = listener;
		return this;
	}

	/**
	 * Parses every named file; references are resolved by {@link #check}. The other plan files in the folders
	 * of the named files are loaded too, as context: a plan checked on its own still sees what its folder
	 * declares, but only the named files are reported on and written from.
	 *
	 * @throws PipelineException naming the first named file that is missing, not a regular file, larger than
	 *             {@value PlanInputs#MAX_FILE_MIB} MiB or unreadable
	 */
	public LoadedPlans load(List<Path> files) throws PipelineException {
		if (files.isEmpty()) {
			throw new IllegalArgumentException("no plan files");
		}
		for (Path file : files) {
			PlanInputs.check(file, file.toString());
		}
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		// Resources of this pipeline's language instance, even when another injector (a language server's)
		// registered the extension globally: the formatter and the resources must share one grammar.
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(PlanInputs.EXTENSION,
				injector.getInstance(IResourceFactory.class));
		Map<Resource, Path> paths = new LinkedHashMap<>();
		Set<URI> named = new HashSet<>();
		for (Path file : files) {
			URI uri = uri(file);
			named.add(uri);
			progress.accept("parse " + file.getFileName());
			try {
				paths.put(resourceSet.getResource(uri, true), file);
			} catch (RuntimeException e) {
				Throwable cause = e.getCause() != null ? e.getCause() : e;
				throw new PipelineException(file.toString(), describe(cause));
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
		Path settingsFile = settingsFile(files.get(0));
		Path project = settingsFile != null ? settingsFile.getParent() : commonFolder(files);
		return new LoadedPlans(resourceSet, paths, project, settingsFile);
	}

	/**
	 * Runs every check. The rules of the Guidelines run only on plans without language errors (names that do
	 * not resolve would make them report nonsense).
	 *
	 * @throws PipelineException when the project's {@code alliance.properties} cannot be read or has a bad line
	 *             (the message names file and line)
	 */
	public CheckedPlans check(LoadedPlans plans) throws PipelineException {
		ValidationSettings settings = settings(plans.settingsFile());
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		Map<Path, List<Issue>> issues = new LinkedHashMap<>();
		for (Map.Entry<Resource, Path> entry : plans.paths().entrySet()) {
			progress.accept("check " + entry.getValue().getFileName());
			// the fast checks are the language's own; the rules run once below, across all files
			List<Issue> found = new ArrayList<>(
					validator.validate(entry.getKey(), CheckMode.FAST_ONLY, CancelIndicator.NullImpl));
			found.sort((a, b) -> Integer.compare(offset(a), offset(b)));
			issues.put(entry.getValue(), List.copyOf(found));
		}
		boolean languageErrors = issues.values().stream().flatMap(List::stream)
				.anyMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR);
		ValidationResult rules = languageErrors ? null : new PlanValidator(settings).validate(plans.resourceSet());
		return new CheckedPlans(plans, issues, settings, rules);
	}

	/**
	 * Runs the output steps in order.
	 *
	 * @return each step's result, in the steps' order
	 * @throws IllegalStateException when the plans do not {@linkplain CheckedPlans#passes() pass}
	 * @throws IOException from the first step that fails; the steps before it have written their files
	 */
	public List<GenerationResult> write(CheckedPlans plans, List<? extends OutputStep> steps) throws IOException {
		if (!plans.passes()) {
			throw new IllegalStateException(plans.errors() + " errors: nothing may be written");
		}
		List<GenerationResult> results = new ArrayList<>();
		for (OutputStep step : steps) {
			results.add(step.write(plans));
		}
		return results;
	}

	/** Load, check and, when the plans pass, write: what a build does. */
	public Run run(List<Path> files, List<? extends OutputStep> steps) throws PipelineException, IOException {
		CheckedPlans checked = check(load(files));
		return new Run(checked, checked.passes() ? write(checked, steps) : List.of());
	}

	/**
	 * One build's outcome.
	 *
	 * @param checked the plans and their findings
	 * @param outputs each step's result; empty when the plans have errors
	 */
	public record Run(CheckedPlans checked, List<GenerationResult> outputs) {
	}

	private static ValidationSettings settings(Path settingsFile) throws PipelineException {
		if (settingsFile == null) {
			return ValidationSettings.defaults();
		}
		try {
			return SettingsFile.read(settingsFile);
		} catch (SettingsException e) {
			throw PipelineException.located(settingsFile.toString(), e.getMessage()); // names file and line
		} catch (IOException e) {
			throw new PipelineException(settingsFile.toString(), "cannot be read (" + e.getMessage() + ")");
		}
	}

	/** The nearest {@code alliance.properties} in the file's folder or above it, or null. */
	static Path settingsFile(Path file) {
		for (Path d = file.toAbsolutePath().normalize().getParent(); d != null; d = d.getParent()) {
			Path candidate = d.resolve(SettingsFile.FILE_NAME);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** The deepest folder holding every file. */
	static Path commonFolder(List<Path> files) {
		Path common = files.get(0).toAbsolutePath().normalize().getParent();
		for (Path file : files) {
			Path absolute = file.toAbsolutePath().normalize();
			while (common != null && !absolute.startsWith(common)) {
				common = common.getParent();
			}
		}
		return common == null ? Path.of("/") : common;
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
				list.filter(p -> p.getFileName().toString().endsWith("." + PlanInputs.EXTENSION) && PlanInputs.acceptable(p)).sorted()
						.forEach(result::add);
			} catch (IOException e) {
				// An unlistable folder adds no context; the named files were read already.
			}
		}
		return result;
	}

	private static int offset(Issue issue) {
		return issue.getOffset() != null ? issue.getOffset() : 0;
	}

	private static String describe(Throwable cause) {
		if (cause instanceof java.nio.file.AccessDeniedException || cause instanceof java.io.FileNotFoundException) {
			return "cannot be read";
		}
		if (cause instanceof OutOfMemoryError) {
			return "too large to read";
		}
		String message = cause.getMessage();
		return message != null ? message : cause.getClass().getSimpleName();
	}
}
