package org.allianceplanner.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.allianceplanner.diagram.description.registry.DescriptionProblem;
import org.allianceplanner.diagram.description.registry.DescriptionRegistry;
import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.interpreter.DiagramInterpreter;
import org.allianceplanner.diagram.interpreter.DiagramParameters;
import org.allianceplanner.diagram.layout.DiagramLayout;
import org.allianceplanner.diagram.layout.DiagramLayouter;
import org.allianceplanner.diagram.layout.LayoutConfiguration;
import org.allianceplanner.diagram.layout.LayoutFile;
import org.allianceplanner.diagram.layout.LayoutFiles;
import org.allianceplanner.diagram.render.DiagramRenderer;
import org.allianceplanner.diagram.text.DiagramFont;
import org.allianceplanner.docgen.FigureSource;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.validation.Finding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Draws the diagrams of plan files: the built-in descriptions, overridden and extended by a folder of
 * {@code *.viewpoint} files, interpreted for an audience with the checks' findings as badges, laid out with
 * the pinned positions of the layout file beside each plan file (read, never written here). One path for
 * {@code alliance diagram}, the Maven {@code diagram} goal and the figures of the plan documents.
 */
public final class PlanDiagrams {

	private final DescriptionRegistry registry;
	private final Map<String, DiagramInterpreter> interpreters = new LinkedHashMap<>();
	private final DiagramLayouter layouter;
	private final DiagramRenderer renderer;
	private final Consumer<String> warnings;

	private PlanDiagrams(DescriptionRegistry registry, List<String> names, Consumer<String> warnings) {
		this.registry = registry;
		this.warnings = warnings;
		for (String name : names) {
			interpreters.put(name, new DiagramInterpreter(registry.find(name).orElseThrow()));
		}
		DiagramFont font = DiagramFont.standard(warnings);
		this.layouter = new DiagramLayouter(font);
		this.renderer = new DiagramRenderer(font);
	}

	/**
	 * The built-in descriptions only, every one of them, for the figures of plan documents.
	 *
	 * @throws PipelineException if the built-in viewpoint has errors (a build defect)
	 */
	public static PlanDiagrams builtIn(Consumer<String> warnings) throws PipelineException {
		return load(null, List.of(), warnings);
	}

	/**
	 * @param descriptions a folder of {@code *.viewpoint} files that add descriptions or replace built-in ones
	 *                     of the same name; null for the built-in ones only
	 * @param names        the diagrams to draw; empty for every description
	 * @param warnings     receives warnings (description warnings, unreadable layout files, a missing font)
	 * @throws PipelineException naming file and line of every error in a description, or an unknown name
	 */
	public static PlanDiagrams load(Path descriptions, List<String> names, Consumer<String> warnings)
			throws PipelineException {
		if (descriptions != null && !Files.isDirectory(descriptions)) {
			throw new PipelineException(descriptions.toString(), "not a folder of diagram descriptions");
		}
		DescriptionRegistry registry = DescriptionRegistry.load(descriptions);
		List<String> errors = new ArrayList<>();
		for (DescriptionProblem problem : registry.problems()) {
			if (problem.error()) {
				errors.add(problem.toString());
			} else {
				warnings.accept(problem.toString());
			}
		}
		if (!errors.isEmpty()) {
			DescriptionProblem first = registry.problems().stream().filter(DescriptionProblem::error).findFirst().orElseThrow();
			throw PipelineException.located(first.file(), String.join(System.lineSeparator(), errors));
		}
		List<String> chosen = names.isEmpty() ? registry.names() : List.copyOf(names);
		for (String name : chosen) {
			if (registry.find(name).isEmpty()) {
				throw new PipelineException(name, "no diagram description is called '" + name + "'; there are: "
						+ String.join(", ", registry.names()));
			}
		}
		return new PlanDiagrams(registry, chosen, warnings);
	}

	/** The names of the diagrams drawn, in order. */
	public List<String> names() {
		return List.copyOf(interpreters.keySet());
	}

	/** The registry the descriptions come from. */
	public DescriptionRegistry registry() {
		return registry;
	}

	/**
	 * The diagrams of one plan file that have anything to show: every element releasable to the audience
	 * ({@code visible}), badges for the findings about them.
	 *
	 * @param planFile the plan's file, whose layout file gives pinned positions; null for none
	 */
	public List<DrawnDiagram> draw(PlanModel model, Path planFile, Predicate<EObject> visible,
			Collection<Finding> findings) {
		return draw(model, planFile, visible, findings, null, Set.of());
	}

	/**
	 * As {@link #draw(PlanModel, Path, Predicate, Collection)}, with the optional layers and the filters a
	 * diagram editor's user chose.
	 *
	 * @param layers the optional layers shown; null for those the description enables
	 * @param filters the active filters
	 */
	public List<DrawnDiagram> draw(PlanModel model, Path planFile, Predicate<EObject> visible,
			Collection<Finding> findings, Set<String> layers, Set<String> filters) {
		LayoutFile positions = LayoutFile.EMPTY;
		if (planFile != null) {
			LayoutFiles.ReadResult read = LayoutFiles.read(LayoutFile.pathFor(planFile));
			read.warnings().forEach(warnings);
			positions = read.layout();
		}
		DiagramParameters parameters = DiagramParameters.defaults().withVisibility(visible)
				.withFindings(ReleasableFindings.of(findings, model, visible)).withLayers(layers).withFilters(filters);
		List<DrawnDiagram> result = new ArrayList<>();
		for (Map.Entry<String, DiagramInterpreter> entry : interpreters.entrySet()) {
			DiagramInterpreter interpreter = entry.getValue();
			Diagram diagram = interpreter.interpret(List.of(model), parameters);
			if (diagram.size() == 0) {
				continue; // nothing of this kind in the plan
			}
			DiagramLayout layout = layout(diagram, interpreter, positions);
			if (!layout.orphans().isEmpty() && planFile != null) {
				warnings.accept(LayoutFile.pathFor(planFile) + ": " + layout.orphans().size()
						+ " pinned position(s) of '" + diagram.id() + "' name no element of the diagram (kept): "
						+ String.join(", ", layout.orphans()));
			}
			result.add(new DrawnDiagram(fileName(entry.getKey()), diagram, layout, renderer));
		}
		return result;
	}

	/**
	 * The figures of the plan documents: each plan's diagrams (those of its file) for the document's audience,
	 * with the checks' findings as badges.
	 */
	public FigureSource figures(CheckedPlans checked) {
		return (plan, audience) -> {
			EObject root = EcoreUtil.getRootContainer(plan);
			if (!(root instanceof PlanModel model)) {
				return List.of();
			}
			Resource resource = model.eResource();
			Path file = resource == null ? null : checked.plans().paths().get(resource);
			return List.copyOf(draw(model, file, audience.visibility(), checked.rules().active()));
		};
	}

	/**
	 * Lays out with the description's configuration; if ELK fails on it (ELK 0.12.1's model-order options throw
	 * inside nested containers), warns and lays out with the default configuration instead of drawing nothing.
	 */
	private DiagramLayout layout(Diagram diagram, DiagramInterpreter interpreter, LayoutFile positions) {
		LayoutConfiguration configuration = configuration(interpreter);
		try {
			return layouter.layout(diagram, configuration, positions.positions(diagram.id()), null);
		} catch (RuntimeException e) {
			if (configuration.equals(LayoutConfiguration.layered())) {
				throw e;
			}
			warnings.accept(interpreter.description().getName() + ": ELK failed with the description's layout options ("
					+ e + "); laid out with the default layered options");
			return layouter.layout(diagram, LayoutConfiguration.layered(), positions.positions(diagram.id()), null);
		}
	}

	private LayoutConfiguration configuration(DiagramInterpreter interpreter) {
		LayoutConfiguration configuration = interpreter.layoutAlgorithm() == null ? LayoutConfiguration.layered()
				: LayoutConfiguration.of(interpreter.layoutAlgorithm());
		for (Map.Entry<String, String> option : interpreter.layoutOptions().entrySet()) {
			try {
				configuration = configuration.with(option.getKey(), option.getValue());
			} catch (IllegalArgumentException e) {
				warnings.accept(interpreter.description().getName() + ": " + e.getMessage() + " (ignored)");
			}
		}
		return configuration;
	}

	/** {@code ReadinessStages} → {@code readiness-stages}: the diagram's file name. */
	static String fileName(String descriptionName) {
		String kebab = descriptionName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("[^A-Za-z0-9._-]+", "-");
		return kebab.toLowerCase(Locale.ROOT);
	}
}
