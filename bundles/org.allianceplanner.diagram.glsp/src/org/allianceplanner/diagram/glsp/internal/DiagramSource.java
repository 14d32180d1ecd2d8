package org.allianceplanner.diagram.glsp.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.allianceplanner.diagram.description.viewpoint.DiagramDescription;
import org.allianceplanner.diagram.edit.PlanEdit;
import org.allianceplanner.diagram.glsp.DiagramTypes;
import org.allianceplanner.diagram.glsp.PlanTextException;
import org.allianceplanner.diagram.glsp.PlanTexts;
import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramElement;
import org.allianceplanner.diagram.interpreter.QualifiedNames;
import org.allianceplanner.diagram.layout.DiagramLayout;
import org.allianceplanner.docgen.Audience;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.DrawnDiagram;
import org.allianceplanner.pipeline.LoadedPlans;
import org.allianceplanner.pipeline.PipelineException;
import org.allianceplanner.pipeline.PlanDiagrams;
import org.allianceplanner.pipeline.PlanInputs;
import org.allianceplanner.pipeline.PlanPipeline;
import org.allianceplanner.validation.Finding;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The plan behind one client session's diagram: the options the client asked for, the plan file and its
 * neighbours parsed from {@link PlanTexts} (so the IDE's unsaved documents count), the checks' findings and the
 * diagram drawn by the pipeline's {@link PlanDiagrams}, exactly as {@code alliance diagram} draws it.
 */
@Singleton
public class DiagramSource {

	private static final String SETTINGS_FILE = "alliance.properties";

	@Inject
	private PlanTexts texts;

	@Inject
	private PlanLanguage language;

	private URI plan;
	private String diagramName;
	private Audience audience = Audience.BOTH;
	private Set<String> layers;
	private Set<String> filters = Set.of();
	private PlanDiagrams diagrams;

	private final Map<URI, String> basis = new LinkedHashMap<>();
	private XtextResourceSet resourceSet;
	private PlanModel model;
	private DrawnDiagram drawn;
	private CheckedPlans checked;
	private Map<String, EObject> semantic = Map.of();
	private final List<String> warnings = new ArrayList<>();
	private volatile boolean applying;

	/** Takes the client's {@code RequestModelAction} options (see {@link DiagramTypes}). */
	public synchronized void configure(Map<String, String> options) {
		String uri = options.get(DiagramTypes.OPTION_SOURCE_URI);
		if (uri == null || uri.isBlank()) {
			throw new PlanTextException("the diagram request names no plan file (option " + DiagramTypes.OPTION_SOURCE_URI + ")");
		}
		URI parsed = URI.createURI(uri);
		if (!parsed.isFile()) {
			throw new PlanTextException(uri + ": not a file: URI");
		}
		String name = options.get(DiagramTypes.OPTION_DIAGRAM);
		if (name == null || name.isBlank()) {
			throw new PlanTextException("the diagram request names no diagram (option " + DiagramTypes.OPTION_DIAGRAM + ")");
		}
		String audienceOption = options.get(DiagramTypes.OPTION_AUDIENCE);
		try {
			this.audience = audienceOption == null || audienceOption.isBlank() ? Audience.BOTH : Audience.parse(audienceOption);
			this.diagrams = PlanDiagrams.load(null, List.of(name), warnings::add);
		} catch (IllegalArgumentException | PipelineException e) {
			throw new PlanTextException(e.getMessage(), e);
		}
		this.plan = URI.createFileURI(Path.of(parsed.toFileString()).toAbsolutePath().normalize().toString());
		this.diagramName = name;
	}

	/** Reads the texts again, parses, checks and draws. */
	public synchronized void reload() {
		if (plan == null) {
			throw new IllegalStateException("no diagram requested yet");
		}
		Path file = Path.of(plan.toFileString());
		basis.clear();
		XtextResourceSet set = language.get(XtextResourceSet.class);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(PlanInputs.EXTENSION,
				language.get(IResourceFactory.class));
		Resource main = load(set, plan);
		for (Path sibling : siblings(file)) {
			URI uri = URI.createFileURI(sibling.toString());
			if (!uri.equals(plan)) {
				try {
					load(set, uri);
				} catch (PlanTextException e) {
					warnings.add(e.getMessage()); // context only: its names stay unresolved
				}
			}
		}
		EcoreUtil.resolveAll(set);
		Map<Resource, Path> paths = new LinkedHashMap<>();
		paths.put(main, file);
		Path settings = settingsFile(file.getParent());
		LoadedPlans loaded = new LoadedPlans(set, paths, settings != null ? settings.getParent() : file.getParent(), settings);
		List<Finding> findings = List.of();
		CheckedPlans checks = null;
		try {
			checks = new PlanPipeline(language.injector()).check(loaded);
			findings = checks.rules() == null ? List.of() : checks.rules().active();
		} catch (PipelineException e) {
			warnings.add(e.getMessage());
		}
		this.checked = checks;
		this.resourceSet = set;
		this.model = main.getContents().isEmpty() || !(main.getContents().get(0) instanceof PlanModel m) ? null : m;
		this.drawn = model == null ? null
				: diagrams.draw(model, file, audience.visibility(), findings, layers, filters).stream().findFirst().orElse(null);
		this.semantic = index(set);
	}

	private Resource load(XtextResourceSet set, URI uri) {
		String text = texts.read(uri);
		basis.put(uri, text);
		Resource resource = set.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new PlanTextException(uri.toFileString() + ": " + e.getMessage(), e);
		}
		return resource;
	}

	private static Map<String, EObject> index(XtextResourceSet set) {
		QualifiedNames names = new QualifiedNames();
		Map<String, EObject> index = new HashMap<>();
		for (Resource resource : List.copyOf(set.getResources())) {
			resource.getAllContents().forEachRemaining(o -> index.putIfAbsent(names.of(o), o));
		}
		return index;
	}

	/** The plan files beside the plan, loaded as context, as the pipeline does. */
	private static List<Path> siblings(Path file) {
		List<Path> result = new ArrayList<>();
		Path folder = file.getParent();
		if (folder == null) {
			return result;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*." + PlanInputs.EXTENSION)) {
			files.forEach(p -> result.add(p.toAbsolutePath().normalize()));
		} catch (IOException e) {
			// no context: the plan's own names still resolve
		}
		result.sort(null);
		return result;
	}

	private static Path settingsFile(Path folder) {
		for (Path f = folder; f != null; f = f.getParent()) {
			if (Files.isRegularFile(f.resolve(SETTINGS_FILE))) {
				return f.resolve(SETTINGS_FILE);
			}
		}
		return null;
	}

	/** Applies an edit through the plan texts, refused when a file changed since it was read, then reloads. */
	public synchronized void apply(PlanEdit edit) {
		Map<URI, String> read = new LinkedHashMap<>();
		for (URI uri : edit.edits().keySet()) {
			read.put(uri, basis.get(uri));
		}
		applying = true;
		try {
			texts.apply(edit, read);
		} finally {
			applying = false;
		}
		reload();
	}

	/**
	 * Whether the diagram was drawn from this file, or the file lies beside the plan (a new neighbour, the
	 * settings), and the change is not this session's own edit (which {@link #apply} reloads itself).
	 */
	public boolean readFrom(URI file) {
		if (applying) {
			return false;
		}
		synchronized (this) {
			return basis.containsKey(file) || plan != null && file.isFile()
					&& file.trimSegments(1).equals(plan.trimSegments(1));
		}
	}

	public synchronized URI plan() {
		return plan;
	}

	public synchronized Path planFile() {
		return plan == null ? null : Path.of(plan.toFileString());
	}

	public synchronized String diagramName() {
		return diagramName;
	}

	public synchronized PlanModel model() {
		return model;
	}

	public synchronized XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** The checks of the last load: the plan file's language issues and the rules' findings (empty if they could not run). */
	public synchronized Optional<CheckedPlans> checked() {
		return Optional.ofNullable(checked);
	}

	/** The drawn diagram, or empty when the plan does not parse or has nothing of this kind. */
	public synchronized Optional<DrawnDiagram> drawn() {
		return Optional.ofNullable(drawn);
	}

	public synchronized Optional<Diagram> diagram() {
		return drawn().map(DrawnDiagram::diagram);
	}

	public synchronized Optional<DiagramLayout> layout() {
		return drawn().map(DrawnDiagram::layout);
	}

	/** The diagram description drawn. */
	public synchronized DiagramDescription description() {
		return diagrams == null ? null : diagrams.registry().find(diagramName).orElse(null);
	}

	/** The plan element a diagram element stands for. */
	public synchronized Optional<EObject> semanticElement(String elementId) {
		return diagram().flatMap(d -> d.element(elementId)).map(DiagramSource::semanticName).map(semantic::get);
	}

	public synchronized Optional<DiagramElement> element(String elementId) {
		return diagram().flatMap(d -> d.element(elementId));
	}

	private static String semanticName(DiagramElement element) {
		return element instanceof org.allianceplanner.diagram.graph.DiagramNode n ? n.semanticElement()
				: ((org.allianceplanner.diagram.graph.DiagramEdge) element).semanticElement();
	}

	public synchronized Set<String> layers() {
		return layers;
	}

	public synchronized Set<String> filters() {
		return filters;
	}

	/** The layers and filters the user chose; takes effect at the next {@link #reload()}. */
	public synchronized void viewOptions(Set<String> enabledLayers, Set<String> enabledFilters) {
		this.layers = enabledLayers == null ? null : new LinkedHashSet<>(enabledLayers);
		this.filters = enabledFilters == null ? Set.of() : new LinkedHashSet<>(enabledFilters);
	}

	/** Warnings of the loads so far (unreadable neighbours, description warnings), each once. */
	public synchronized List<String> warnings() {
		return List.copyOf(new LinkedHashSet<>(warnings));
	}
}
