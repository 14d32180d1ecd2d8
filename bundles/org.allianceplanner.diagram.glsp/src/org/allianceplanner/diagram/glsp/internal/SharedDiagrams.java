package org.allianceplanner.diagram.glsp.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.allianceplanner.diagram.description.viewpoint.DiagramDescription;
import org.allianceplanner.model.plan.PlanModel;
import org.allianceplanner.pipeline.DrawnDiagram;
import org.allianceplanner.pipeline.PipelineException;
import org.allianceplanner.pipeline.PlanDiagrams;
import org.allianceplanner.validation.Finding;
import org.eclipse.emf.ecore.EObject;

/**
 * One built-in diagram description's {@link PlanDiagrams}, made once per process and shared by every session
 * that draws it: loading the built-in viewpoint (parse and check) costs more than drawing a small diagram, and a
 * diagram editor or a browser page opens a new session each time. Drawing is serialized per description, since
 * the pipeline's interpreter and layouter are not made for concurrent use; each draw's warnings go to its caller.
 */
final class SharedDiagrams {

	private static final Map<String, SharedDiagrams> BY_NAME = new ConcurrentHashMap<>();

	private final PlanDiagrams diagrams;
	private final List<String> loadWarnings;
	private Consumer<String> sink = w -> {
	};

	private SharedDiagrams(PlanDiagrams diagrams, List<String> loadWarnings) {
		this.diagrams = diagrams;
		this.loadWarnings = List.copyOf(loadWarnings);
	}

	/** The built-in description called {@code name}, loaded on first use. */
	static SharedDiagrams of(String name) throws PipelineException {
		SharedDiagrams known = BY_NAME.get(name);
		if (known != null) {
			return known;
		}
		synchronized (BY_NAME) {
			known = BY_NAME.get(name);
			if (known == null) {
				List<String> warnings = new ArrayList<>();
				SharedDiagrams[] self = new SharedDiagrams[1];
				PlanDiagrams diagrams = PlanDiagrams.load(null, List.of(name), w -> {
					if (self[0] == null) {
						warnings.add(w);
					} else {
						self[0].sink.accept(w);
					}
				});
				self[0] = new SharedDiagrams(diagrams, warnings);
				known = self[0];
				BY_NAME.put(name, known);
			}
			return known;
		}
	}

	/** The description's own warnings (the built-in viewpoint's), for each session to report. */
	List<String> loadWarnings() {
		return loadWarnings;
	}

	DiagramDescription description(String name) {
		return diagrams.registry().find(name).orElse(null);
	}

	/** As {@link PlanDiagrams#draw(PlanModel, Path, Predicate, Collection, Set, Set)}: the first diagram, or null. */
	synchronized DrawnDiagram draw(PlanModel model, Path planFile, Predicate<EObject> visible, Collection<Finding> findings,
			Set<String> layers, Set<String> filters, Consumer<String> warnings) {
		sink = warnings;
		try {
			return diagrams.draw(model, planFile, visible, findings, layers, filters).stream().findFirst().orElse(null);
		} finally {
			sink = w -> {
			};
		}
	}
}
