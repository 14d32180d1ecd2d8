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
import java.util.concurrent.atomic.AtomicBoolean;

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
import org.allianceplanner.pipeline.PlanInputs;
import org.allianceplanner.pipeline.PlanPipeline;
import org.allianceplanner.validation.Finding;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The plan behind one client session's diagram: the options the client asked for, the plan file and its
 * neighbours parsed from {@link PlanTexts} (so the IDE's unsaved documents count), the checks' findings and the
 * diagram drawn by the pipeline's {@link org.allianceplanner.pipeline.PlanDiagrams}, exactly as {@code alliance diagram} draws it.
 * <p>
 * The parsed files are kept between {@link #reload()}s: a reload parses again only the files whose text changed
 * (or whose model an edit operation changed in memory) and those that referred into them or had errors, drops
 * the files that are gone, and checks again only when something changed. The drawing is always made anew.
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
	private SharedDiagrams diagrams;

	/** For each plan file parsed into {@link #resourceSet}, the text it was parsed from. */
	private final Map<URI, String> basis = new LinkedHashMap<>();
	private XtextResourceSet resourceSet;
	private List<Finding> findings = List.of();
	private boolean checked;
	private PlanModel model;
	private DrawnDiagram drawn;
	/** The checks of the last reload that checked anything, for the problems drawn as markers. */
	private CheckedPlans checks;
	private Map<String, EObject> semantic = Map.of();
	private final List<String> warnings = new ArrayList<>();
	private volatile boolean applying;
	/**
	 * The plan's folder, for {@link #readFrom} without waiting for a reload to end: the diagram is drawn from the
	 * plan and its neighbours there, and a new neighbour or the settings beside the plan count too.
	 */
	private volatile URI folder;
	private final AtomicBoolean refreshQueued = new AtomicBoolean();

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
			this.diagrams = SharedDiagrams.of(name);
		} catch (IllegalArgumentException | PipelineException e) {
			throw new PlanTextException(e.getMessage(), e);
		}
		warnings.addAll(diagrams.loadWarnings());
		URI file = URI.createFileURI(Path.of(parsed.toFileString()).toAbsolutePath().normalize().toString());
		if (!file.equals(plan)) {
			forget(); // another plan, another folder: nothing parsed so far is of use
		}
		this.plan = file;
		this.folder = file.trimSegments(1);
		this.diagramName = name;
	}

	/** Reads the texts again and draws; parses, links and checks again only what changed since the last time. */
	public synchronized void reload() {
		if (plan == null) {
			throw new IllegalStateException("no diagram requested yet");
		}
		refreshQueued.set(false); // a change from now on needs another refresh
		Path file = Path.of(plan.toFileString());
		Map<URI, String> current = readTexts(file);
		if (update(current) || !checked) {
			findings = check(file);
			checked = true;
			semantic = index(resourceSet);
		}
		Resource main = resourceSet.getResource(plan, false);
		this.model = main == null || main.getContents().isEmpty() || !(main.getContents().get(0) instanceof PlanModel m) ? null : m;
		this.drawn = model == null ? null : diagrams.draw(model, file, audience.visibility(), findings, layers, filters, warnings::add);
	}

	/**
	 * Called for each change of a file the diagram was drawn from: true when a refresh must be queued, false when
	 * one is queued already and has not started (it will read the change): a burst of keystrokes queues one
	 * refresh, not one each.
	 */
	public boolean queueRefresh() {
		return refreshQueued.compareAndSet(false, true);
	}

	/** The plan's text (a failure is the caller's) and its neighbours' (a failure is a warning). */
	private Map<URI, String> readTexts(Path file) {
		Map<URI, String> result = new LinkedHashMap<>();
		result.put(plan, texts.read(plan));
		for (Path sibling : siblings(file)) {
			URI uri = URI.createFileURI(sibling.toString());
			if (!uri.equals(plan)) {
				try {
					result.put(uri, texts.read(uri));
				} catch (PlanTextException e) {
					warnings.add(e.getMessage()); // context only: its names stay unresolved
				}
			}
		}
		return result;
	}

	/**
	 * Brings the resource set to the texts: drops the files that are gone, parses the new ones and those whose
	 * text changed or whose model was changed in memory (an edit operation records its change on the model),
	 * parses again the files that referred into any of them or had errors, and resolves every reference.
	 *
	 * @return whether anything changed
	 */
	private boolean update(Map<URI, String> current) {
		if (resourceSet == null) {
			resourceSet = language.get(XtextResourceSet.class);
			resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(PlanInputs.EXTENSION,
					language.get(IResourceFactory.class));
		}
		Set<URI> changed = new LinkedHashSet<>();
		for (URI uri : List.copyOf(basis.keySet())) {
			if (!current.containsKey(uri)) {
				Resource gone = resourceSet.getResource(uri, false);
				if (gone != null) {
					gone.unload(); // its elements become proxies: whoever referred to them is parsed again below
					resourceSet.getResources().remove(gone);
				}
				basis.remove(uri);
				changed.add(uri);
			}
		}
		for (Map.Entry<URI, String> entry : current.entrySet()) {
			URI uri = entry.getKey();
			Resource resource = resourceSet.getResource(uri, false);
			if (resource == null || !entry.getValue().equals(basis.get(uri)) || resource.isModified()) {
				load(resource == null ? resourceSet.createResource(uri) : resource, uri, entry.getValue());
				changed.add(uri);
			}
		}
		if (changed.isEmpty()) {
			return false;
		}
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (resource instanceof XtextResource xtext && !changed.contains(resource.getURI())) {
				if (xtext.getCache() instanceof OnChangeEvictingCache cache) {
					cache.clear(xtext); // scopes computed from the old contents of the changed files
				}
				String text = basis.get(resource.getURI());
				if (text != null && (refersInto(xtext, changed) || !xtext.getErrors().isEmpty())) {
					// parsed again, not relinked: relinking keeps the old "not visible" errors of names that
					// resolve now, which the diagram would show as markers
					load(xtext, resource.getURI(), text);
				}
			}
		}
		EcoreUtil.resolveAll(resourceSet);
		for (URI uri : basis.keySet()) {
			Resource resource = resourceSet.getResource(uri, false);
			if (resource != null) {
				resource.setModified(false); // linking is not a change of the model; an edit operation's is
			}
		}
		return true;
	}

	private void load(Resource resource, URI uri, String text) {
		if (resource.isLoaded()) {
			resource.unload();
		}
		resource.setTrackingModification(true);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new PlanTextException(uri.toFileString() + ": " + e.getMessage(), e);
		}
		basis.put(uri, text);
	}

	/**
	 * Whether a reference of the resource leads to an element of one of the changed files: parsing or unloading a
	 * file turns its old elements into proxies of their position, which may now be another element.
	 */
	private static boolean refersInto(Resource resource, Set<URI> changed) {
		for (var contents = resource.getAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			for (var targets = ((InternalEList<EObject>) object.eCrossReferences()).basicIterator(); targets.hasNext();) {
				EObject target = targets.next();
				if (target == null) {
					continue;
				}
				if (target.eIsProxy()) {
					if (changed.contains(((InternalEObject) target).eProxyURI().trimFragment())) {
						return true;
					}
				} else if (target.eResource() == null || changed.contains(target.eResource().getURI())) {
					return true;
				}
			}
		}
		return false;
	}

	/** The language's checks and the rules, as {@code alliance diagram} runs them; the active findings. */
	private List<Finding> check(Path file) {
		Map<Resource, Path> paths = new LinkedHashMap<>();
		paths.put(resourceSet.getResource(plan, false), file);
		Path settings = settingsFile(file.getParent());
		LoadedPlans loaded = new LoadedPlans(resourceSet, paths, settings != null ? settings.getParent() : file.getParent(), settings);
		try {
			CheckedPlans result = new PlanPipeline(language.injector()).check(loaded);
			checks = result;
			return result.rules() == null ? List.of() : result.rules().active();
		} catch (PipelineException e) {
			warnings.add(e.getMessage());
			checks = null;
			return List.of();
		}
	}

	/** Drops every parsed file: the next reload parses all of them. */
	private void forget() {
		if (resourceSet != null) {
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				resource.unload();
			}
			resourceSet.getResources().clear();
		}
		resourceSet = null;
		basis.clear();
		checked = false;
		checks = null;
		semantic = Map.of();
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
		URI beside = folder;
		return !applying && beside != null && file.isFile() && file.trimSegments(1).equals(beside);
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
		return Optional.ofNullable(checks);
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
		return diagrams == null ? null : diagrams.description(diagramName);
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
