package org.allianceplanner.diagram.interpreter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.allianceplanner.diagram.description.viewpoint.ContainerMapping;
import org.allianceplanner.diagram.description.viewpoint.DiagramDescription;
import org.allianceplanner.diagram.description.viewpoint.EdgeMapping;
import org.allianceplanner.diagram.description.viewpoint.Filter;
import org.allianceplanner.diagram.description.registry.DescriptionProblem;
import org.allianceplanner.diagram.description.viewpoint.Layer;
import org.allianceplanner.diagram.description.viewpoint.Layout;
import org.allianceplanner.diagram.description.viewpoint.LayoutOption;
import org.allianceplanner.diagram.description.viewpoint.Mapping;
import org.allianceplanner.diagram.description.viewpoint.NodeMapping;
import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.graph.DiagramElement;
import org.allianceplanner.diagram.graph.GraphDiff;
import org.allianceplanner.diagram.layout.LayoutConfiguration;
import org.allianceplanner.diagram.interpreter.internal.DecorationsApplier;
import org.allianceplanner.diagram.interpreter.internal.Drafts;
import org.allianceplanner.diagram.interpreter.internal.Drafts.Draft;
import org.allianceplanner.diagram.interpreter.internal.Evaluator;
import org.allianceplanner.diagram.interpreter.internal.Labels;
import org.allianceplanner.diagram.interpreter.internal.Styles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Interprets one diagram description against plan models: the candidates of each mapping in the shown
 * layers become nodes, containers and edges of the neutral graph, with labels, resolved styles and
 * validation badges. Every element's identity is its mapping's name and its plan element's qualified
 * name (prefixed by its container's identity when nested), so it is the same after any edit that does
 * not rename or move the element.
 */
public final class DiagramInterpreter {

	private final DiagramDescription description;

	public DiagramInterpreter(DiagramDescription description) {
		this.description = Objects.requireNonNull(description, "description");
	}

	public DiagramDescription description() {
		return description;
	}

	/** The ELK algorithm id the description asks for, or null for the core's default. */
	public String layoutAlgorithm() {
		return description.getLayout() == null ? null : description.getLayout().getAlgorithm();
	}

	/** The ELK options the description sets, by option id, values as written. */
	public Map<String, String> layoutOptions() {
		Map<String, String> result = new LinkedHashMap<>();
		if (description.getLayout() != null) {
			for (LayoutOption o : description.getLayout().getOptions()) {
				result.put(o.getKey(), o.getValue());
			}
		}
		return result;
	}

	/**
	 * The description's layout section as the core's configuration (ELK layered with the core's defaults
	 * when there is none). The ids and values are checked by ELK: an unknown algorithm or option, or a
	 * value that does not parse, is added to {@code problems} with file and line, and left out.
	 */
	public LayoutConfiguration layoutConfiguration(List<DescriptionProblem> problems) {
		Layout layout = description.getLayout();
		LayoutConfiguration configuration = LayoutConfiguration.layered();
		if (layout == null) {
			return configuration;
		}
		try {
			configuration = LayoutConfiguration.of(layout.getAlgorithm());
		} catch (IllegalArgumentException e) {
			problems.add(problem(layout, e.getMessage()));
		}
		for (LayoutOption option : layout.getOptions()) {
			try {
				configuration = configuration.with(option.getKey(), option.getValue());
			} catch (IllegalArgumentException e) {
				problems.add(problem(option, e.getMessage()));
			}
		}
		return configuration;
	}

	private static DescriptionProblem problem(EObject where, String message) {
		INode node = NodeModelUtils.getNode(where);
		URI uri = where.eResource() == null ? null : where.eResource().getURI();
		String file = uri == null ? null : uri.isFile() ? uri.toFileString() : uri.toString();
		return new DescriptionProblem(file, node == null ? 0 : node.getStartLine(), 0, message, true);
	}

	/**
	 * The diagram of {@code roots} (the plan files to draw, usually their {@link org.allianceplanner.model.plan.PlanModel}s;
	 * the files they refer to must be loaded in the same resource set).
	 */
	public Diagram interpret(List<? extends EObject> roots, DiagramParameters parameters) {
		return new Run(roots, parameters).diagram();
	}

	/** Interprets again and tells what changed since {@code previous}. */
	public Refresh refresh(Diagram previous, List<? extends EObject> roots, DiagramParameters parameters) {
		Diagram next = interpret(roots, parameters);
		return new Refresh(next, GraphDiff.between(previous, next));
	}

	/** The layers shown under {@code parameters}: the default layer and the chosen optional ones. */
	public List<Layer> activeLayers(DiagramParameters parameters) {
		List<Layer> result = new ArrayList<>();
		for (Layer layer : description.getLayers()) {
			boolean on = layer.isDefault() || (parameters.layers() == null ? layer.isEnabled()
					: parameters.layers().contains(layer.getName()));
			if (on) {
				result.add(layer);
			}
		}
		return result;
	}

	/** One interpretation: evaluator caches and the drafts of the graph. */
	private final class Run {
		private final List<? extends EObject> roots;
		private final DiagramParameters parameters;
		private final Evaluator evaluator;
		private final Styles styles;
		private final QualifiedNames names = new QualifiedNames();
		private final Drafts drafts = new Drafts();
		private final List<Filter> filters = new ArrayList<>();
		/** For each node or container mapping, the identities of the views of each element. */
		private final Map<Mapping, Map<EObject, List<String>>> views = new HashMap<>();

		Run(List<? extends EObject> roots, DiagramParameters parameters) {
			this.roots = roots;
			this.parameters = parameters;
			ResourceSet resourceSet = roots.isEmpty() || roots.get(0).eResource() == null ? null
					: roots.get(0).eResource().getResourceSet();
			this.evaluator = new Evaluator(resourceSet, parameters.visible());
			this.styles = new Styles(evaluator);
			for (Filter f : description.getFilters()) {
				if (parameters.filters().contains(f.getName())) {
					filters.add(f);
				}
			}
		}

		Diagram diagram() {
			List<Layer> layers = activeLayers(parameters);
			for (Layer layer : layers) {
				for (Mapping m : layer.getMappings()) {
					if (!(m instanceof EdgeMapping)) {
						for (EObject root : roots) {
							addViews(m, layer, root, null, 0);
						}
					}
				}
			}
			for (Layer layer : layers) {
				for (Mapping m : allMappings(layer)) {
					if (m instanceof EdgeMapping edge) {
						addEdges(edge, layer);
					}
				}
			}
			new DecorationsApplier(parameters).apply(layers, drafts);
			String title = description.getLabel() == null ? description.getName() : description.getLabel();
			return drafts.build(description.getName(), description.getName(), title);
		}

		private boolean admitted(Mapping m, EObject e) {
			return m.getDomainClass() != null && m.getDomainClass().isInstance(e)
					&& (m.getPrecondition() == null || evaluator.isTrue(m.getPrecondition(), e))
					&& parameters.visible().test(e) && !filteredOut(m, e);
		}

		private boolean filteredOut(Mapping m, EObject e) {
			for (Filter f : filters) {
				if (f.getMappings().contains(m) && (f.getCondition() == null || evaluator.isTrue(f.getCondition(), e))) {
					return true;
				}
			}
			return false;
		}

		private void addViews(Mapping m, Layer layer, EObject context, Draft parent, int depth) {
			for (EObject e : Evaluator.objects(evaluator.values(m.getCandidates(), context))) {
				if (admitted(m, e)) {
					addView(m, layer, e, parent, depth);
				}
			}
		}

		private void addView(Mapping m, Layer layer, EObject e, Draft parent, int depth) {
			String identity = (parent == null ? "" : parent.identity + "/") + m.getName() + ":" + names.of(e);
			if (drafts.contains(identity) || depth > 50) {
				return;
			}
			boolean container = m instanceof ContainerMapping;
			Draft draft = drafts.node(identity, container, m.getName(), layerName(layer), e, names.of(e));
			draft.label = label(m, e);
			draft.nodeStyle = styles.node(styles.properties(m, e));
			if (parent == null && m instanceof NodeMapping node && node.getGroupBy() != null) {
				Object key = evaluator.value(node.getGroupBy(), e);
				String groupKey = key instanceof org.eclipse.emf.common.util.Enumerator en ? en.getName()
						: String.valueOf(key);
				Draft group = drafts.group(m.getName() + "#" + groupKey, m.getName(), layerName(layer),
						key == null ? "(none)" : Labels.text(key));
				group.children.add(draft);
			} else if (parent != null) {
				parent.children.add(draft);
			} else {
				drafts.top(draft);
			}
			views.computeIfAbsent(m, k -> new LinkedHashMap<>()).computeIfAbsent(e, k -> new ArrayList<>(1))
					.add(identity);
			if (container) {
				ContainerMapping c = (ContainerMapping) m;
				for (Mapping child : c.getChildren()) {
					if (!(child instanceof EdgeMapping)) {
						addViews(child, layer, e, draft, depth + 1);
					}
				}
				if (c.getNested() != null) {
					for (EObject n : Evaluator.objects(evaluator.values(c.getNested(), e))) {
						// 'where' chooses the outermost containers; nested ones are chosen by 'nested'.
						if (n != e && m.getDomainClass().isInstance(n) && parameters.visible().test(n) && !filteredOut(m, n)) {
							addView(m, layer, n, draft, depth + 1);
						}
					}
				}
			}
		}

		private String label(Mapping m, EObject e) {
			if (m.getLabel() != null) {
				Object v = evaluator.value(m.getLabel(), e);
				String text = Labels.text(v);
				if (!text.isEmpty()) {
					return text;
				}
			}
			return Labels.of(e);
		}

		private List<String> viewsOf(List<Mapping> mappings, EObject e) {
			List<String> result = new ArrayList<>(1);
			for (Mapping m : mappings) {
				Map<EObject, List<String>> byElement = views.get(m);
				if (byElement != null) {
					result.addAll(byElement.getOrDefault(e, List.of()));
				}
			}
			return result;
		}

		private void addEdges(EdgeMapping edge, Layer layer) {
			if (edge.getDomainClass() != null) {
				for (EObject root : roots) {
					for (EObject e : Evaluator.objects(evaluator.values(edge.getCandidates(), root))) {
						if (admitted(edge, e)) {
							addElementEdges(edge, layer, e);
						}
					}
				}
				return;
			}
			for (Mapping sm : edge.getSourceMappings()) {
				Map<EObject, List<String>> byElement = views.getOrDefault(sm, Map.of());
				for (Map.Entry<EObject, List<String>> entry : List.copyOf(byElement.entrySet())) {
					EObject s = entry.getKey();
					if (filteredOut(edge, s)) {
						continue;
					}
					Map<String, String> style = null;
					String label = null;
					for (EObject t : Evaluator.objects(evaluator.values(edge.getTargetFinder(), s))) {
						if (!parameters.visible().test(t)) {
							continue;
						}
						for (String sv : entry.getValue()) {
							for (String tv : viewsOf(edge.getTargetMappings(), t)) {
								if (style == null) {
									style = styles.properties(edge, s);
									label = edge.getLabel() == null ? "" : Labels.text(evaluator.value(edge.getLabel(), s));
								}
								String identity = edge.getName() + ":" + sv + "->" + tv;
								if (!drafts.contains(identity)) {
									Draft d = drafts.edge(identity, sv, tv, edge.getName(), layerName(layer), s, names.of(s));
									d.label = label;
									d.edgeStyle = styles.edge(style);
								}
							}
						}
					}
				}
			}
		}

		private void addElementEdges(EdgeMapping edge, Layer layer, EObject e) {
			List<String[]> pairs = new ArrayList<>();
			for (EObject s : Evaluator.objects(evaluator.values(edge.getSourceFinder(), e))) {
				if (!parameters.visible().test(s)) {
					continue;
				}
				for (EObject t : Evaluator.objects(evaluator.values(edge.getTargetFinder(), e))) {
					if (!parameters.visible().test(t)) {
						continue;
					}
					for (String sv : viewsOf(edge.getSourceMappings(), s)) {
						for (String tv : viewsOf(edge.getTargetMappings(), t)) {
							pairs.add(new String[] { sv, tv });
						}
					}
				}
			}
			if (pairs.isEmpty()) {
				return;
			}
			String base = edge.getName() + ":" + names.of(e);
			String label = edge.getLabel() == null ? "" : Labels.text(evaluator.value(edge.getLabel(), e));
			var style = styles.edge(styles.properties(edge, e));
			for (String[] pair : pairs) {
				String identity = pairs.size() == 1 ? base : base + "@" + pair[0] + "->" + pair[1];
				if (!drafts.contains(identity)) {
					Draft d = drafts.edge(identity, pair[0], pair[1], edge.getName(), layerName(layer), e, names.of(e));
					d.label = label;
					d.edgeStyle = style;
				}
			}
		}
	}

	static String layerName(Layer layer) {
		return layer.isDefault() ? DiagramElement.DEFAULT_LAYER : layer.getName();
	}

	/** The mappings of a layer at any depth (container children included). */
	static List<Mapping> allMappings(Layer layer) {
		List<Mapping> result = new ArrayList<>();
		for (Mapping m : layer.getMappings()) {
			collect(m, result);
		}
		return result;
	}

	private static void collect(Mapping m, List<Mapping> result) {
		result.add(m);
		if (m instanceof ContainerMapping c) {
			for (Mapping child : c.getChildren()) {
				collect(child, result);
			}
		}
	}
}
