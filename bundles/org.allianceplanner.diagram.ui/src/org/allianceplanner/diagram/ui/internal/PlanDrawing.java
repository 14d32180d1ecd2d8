package org.allianceplanner.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.allianceplanner.diagram.description.registry.DescriptionRegistry;
import org.allianceplanner.diagram.interpreter.DiagramInterpreter;
import org.allianceplanner.diagram.interpreter.DiagramParameters;
import org.allianceplanner.docgen.Audience;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.pipeline.CheckedPlans;
import org.allianceplanner.pipeline.DrawnDiagram;
import org.allianceplanner.pipeline.LoadedPlans;
import org.allianceplanner.pipeline.PipelineException;
import org.allianceplanner.pipeline.PlanDiagrams;
import org.allianceplanner.pipeline.PlanPipeline;
import org.allianceplanner.ui.PlanLanguage;
import org.allianceplanner.validation.Finding;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Draws a diagram of a plan file from the text its editor holds now (saved or not), the way
 * {@code alliance diagram} draws it from the file: the shared pipeline loads the file with the plan files of its
 * folder as context, checks it, and {@link PlanDiagrams} interprets, lays out (with the layout file's pinned
 * positions) and renders it, with the findings as badges. Headless: runs on any thread.
 */
public final class PlanDrawing {

	/** What the IDE draws: what both Governments may see, as {@code alliance diagram} and the documents do. */
	public static final Audience AUDIENCE = Audience.BOTH;

	private final PlanPipeline pipeline = new PlanPipeline(PlanLanguage.injector());
	private final Map<String, PlanDiagrams> diagrams = new ConcurrentHashMap<>();
	private final Consumer<String> warnings;

	public PlanDrawing(Consumer<String> warnings) {
		this.warnings = warnings;
	}

	/** The names of the built-in diagram descriptions, in the viewpoint's order. */
	public static List<String> descriptionNames() {
		return DescriptionRegistry.builtIn().names();
	}

	/**
	 * One diagram of the plan file {@code file} whose text is {@code text}.
	 *
	 * @return the drawing; its diagram is null when the text does not parse into a plan or the diagram shows
	 *         nothing for it (see {@link Drawing#problem()})
	 * @throws PipelineException for an unreadable file or an unknown diagram name
	 */
	public Drawing draw(Path file, String text, String diagramName) throws PipelineException {
		LoadedPlans loaded = load(file, text);
		CheckedPlans checked = pipeline.check(loaded);
		XtextResource resource = loaded.resources().get(0);
		List<PlanModel> models = loaded.models();
		if (models.isEmpty()) {
			return new Drawing(diagramName, null, ElementRanges.EMPTY,
					file.getFileName() + " does not parse: fix its syntax errors to see the diagram");
		}
		PlanModel model = models.get(0);
		List<Finding> findings = checked.rules() == null ? List.of() : checked.rules().active();
		PlanDiagrams planDiagrams = diagrams(diagramName);
		List<DrawnDiagram> drawn = planDiagrams.draw(model, file, AUDIENCE.visibility(), findings);
		if (drawn.isEmpty()) {
			return new Drawing(diagramName, null, ElementRanges.EMPTY,
					"The plan has nothing that the diagram " + diagramName + " shows");
		}
		DrawnDiagram diagram = drawn.get(0);
		return new Drawing(diagramName, diagram, ElementRanges.of(diagram.diagram(), resource), null);
	}

	/**
	 * The built-in descriptions that show something of the plan (interpreted only, no layout: fast enough for a
	 * menu); empty when the text does not parse.
	 */
	public List<String> applicable(Path file, String text) throws PipelineException {
		LoadedPlans loaded = load(file, text);
		List<PlanModel> models = loaded.models();
		List<String> names = new ArrayList<>();
		if (models.isEmpty()) {
			return names;
		}
		DescriptionRegistry registry = DescriptionRegistry.builtIn();
		DiagramParameters parameters = DiagramParameters.defaults().withVisibility(AUDIENCE.visibility());
		for (String name : registry.names()) {
			DiagramInterpreter interpreter = new DiagramInterpreter(registry.find(name).orElseThrow());
			if (interpreter.interpret(List.of(models.get(0)), parameters).size() > 0) {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * The plan model of {@code file} parsed from {@code text}, with the plan files of its folder as context: what
	 * the edit operations change. Null when the text does not parse into a plan.
	 */
	public PlanModel model(Path file, String text) throws PipelineException {
		List<PlanModel> models = load(file, text).models();
		return models.isEmpty() ? null : models.get(0);
	}

	private LoadedPlans load(Path file, String text) throws PipelineException {
		LoadedPlans loaded = pipeline.load(List.of(file));
		if (text != null) {
			try {
				loaded.resources().get(0).reparse(text);
			} catch (IOException e) {
				throw new PipelineException(file.toString(), "cannot parse the editor's text: " + e.getMessage());
			}
		}
		return loaded;
	}

	private PlanDiagrams diagrams(String name) throws PipelineException {
		PlanDiagrams known = diagrams.get(name);
		if (known == null) {
			known = PlanDiagrams.load(null, List.of(name), warnings);
			diagrams.put(name, known);
		}
		return known;
	}

	/**
	 * One drawing of a diagram.
	 *
	 * @param diagram the drawn diagram, or null when there is nothing to draw
	 * @param ranges  where each element of the diagram is written in the plan's text
	 * @param problem why there is no diagram, or null
	 */
	public record Drawing(String name, DrawnDiagram diagram, ElementRanges ranges, String problem) {
	}
}
