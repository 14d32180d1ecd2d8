package org.allianceplanner.diagram.description.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.allianceplanner.diagram.description.ViewpointStandaloneSetup;
import org.allianceplanner.diagram.description.viewpoint.DiagramDescription;
import org.allianceplanner.diagram.description.viewpoint.Viewpoint;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * The diagram descriptions available to a project: the built-in Guidelines viewpoint shipped in this
 * bundle, then the project's own {@code *.viewpoint} files. A project diagram with the name of a
 * built-in one replaces it, the way a project's document templates replace the built-in ones. A file
 * with errors contributes no diagram; its errors are {@link #problems()}, each with file and line.
 */
public final class DescriptionRegistry {

	/** Class-path location of the built-in viewpoint (works on a plain class path and in OSGi). */
	public static final String BUILT_IN = "/viewpoints/guidelines.viewpoint";
	public static final String FILE_EXTENSION = "viewpoint";

	private static Injector injector;

	private final Map<String, DiagramDescription> diagrams = new LinkedHashMap<>();
	private final Map<String, String> origins = new LinkedHashMap<>();
	private final List<DescriptionProblem> problems = new ArrayList<>();
	private final XtextResourceSet resourceSet;

	private DescriptionRegistry() {
		resourceSet = injector().getInstance(XtextResourceSet.class);
	}

	/** The built-in descriptions only. */
	public static DescriptionRegistry builtIn() {
		return load(null);
	}

	/**
	 * The built-in descriptions overridden and extended by the {@code *.viewpoint} files under
	 * {@code projectFolder} (searched recursively, in path order); null for none.
	 */
	public static DescriptionRegistry load(Path projectFolder) {
		DescriptionRegistry registry = new DescriptionRegistry();
		try (InputStream in = DescriptionRegistry.class.getResourceAsStream(BUILT_IN)) {
			if (in == null) {
				registry.problems.add(new DescriptionProblem(BUILT_IN, 0, 0,
						"The built-in viewpoint is missing from the class path", true));
			} else {
				registry.add(URI.createURI("builtin:" + BUILT_IN), in, "builtin:" + BUILT_IN);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (projectFolder != null) {
			for (Path file : viewpointFiles(projectFolder)) {
				try (InputStream in = Files.newInputStream(file)) {
					registry.add(URI.createFileURI(file.toAbsolutePath().toString()), in, file.toString());
				} catch (IOException e) {
					registry.problems.add(new DescriptionProblem(file.toString(), 0, 0,
							"Cannot read the description: " + e.getMessage(), true));
				}
			}
		}
		return registry;
	}

	private static List<Path> viewpointFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith("." + FILE_EXTENSION))
					.sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void add(URI uri, InputStream in, String displayName) throws IOException {
		Resource resource = resourceSet.createResource(uri);
		resource.load(in, Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		List<Issue> issues = injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		boolean errors = false;
		for (Issue issue : issues) {
			boolean error = issue.getSeverity() == Severity.ERROR;
			errors |= error;
			if (error || issue.getSeverity() == Severity.WARNING) {
				problems.add(new DescriptionProblem(displayName, lineOf(issue), columnOf(issue), issue.getMessage(), error));
			}
		}
		if (errors || resource.getContents().isEmpty()) {
			return;
		}
		Viewpoint viewpoint = (Viewpoint) resource.getContents().get(0);
		for (DiagramDescription d : viewpoint.getDiagrams()) {
			diagrams.put(d.getName(), d);
			origins.put(d.getName(), displayName);
		}
	}

	private static int lineOf(Issue issue) {
		return issue.getLineNumber() == null ? 0 : issue.getLineNumber();
	}

	private static int columnOf(Issue issue) {
		return issue.getColumn() == null ? 0 : issue.getColumn();
	}

	/** The names of the available diagrams, built-in first. */
	public List<String> names() {
		return List.copyOf(diagrams.keySet());
	}

	public Optional<DiagramDescription> find(String name) {
		return Optional.ofNullable(diagrams.get(name));
	}

	/** Where the description of {@code name} comes from (a file, or {@code builtin:/...}). */
	public Optional<String> origin(String name) {
		return Optional.ofNullable(origins.get(name));
	}

	/**
	 * The description called {@code name}; an unknown name is a problem naming the diagrams there are.
	 */
	public DiagramDescription get(String name) throws UnknownDiagramException {
		DiagramDescription d = diagrams.get(name);
		if (d == null) {
			throw new UnknownDiagramException(new DescriptionProblem(null, 0, 0,
					"No diagram description is called '" + name + "'; there are: " + String.join(", ", names()), true));
		}
		return d;
	}

	/** Errors and warnings of the description files, in file order. */
	public List<DescriptionProblem> problems() {
		return Collections.unmodifiableList(problems);
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(DescriptionProblem::error);
	}

	/** The injector of the description language, set up once per class loader. */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new ViewpointStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** An unknown diagram name: the problem says which names there are. */
	public static final class UnknownDiagramException extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient DescriptionProblem problem;

		public UnknownDiagramException(DescriptionProblem problem) {
			super(problem.message());
			this.problem = problem;
		}

		public DescriptionProblem problem() {
			return problem;
		}
	}
}
