package org.allianceplanner.diagram.glsp.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;

/**
 * The session's GModel: the drawn diagram of {@link DiagramSource} in the wire contract's types, with the plan's
 * problems as issue markers. When the text does not parse so far that nothing is drawn, the last drawing stays,
 * with the syntax errors on its root: a user in the middle of typing keeps the picture and sees why it stopped
 * following the text.
 */
public class AllianceGModelFactory implements GModelFactory {

	/** The label of the root's note that the drawing is of an earlier text. */
	public static final String STALE = "stale-drawing";

	@Inject
	private DiagramSource source;

	@Inject
	private GModelState modelState;

	@Inject
	private DiagramProblems problems;

	@Override
	public void createGModel() {
		GModelRoot previous = modelState.getRoot();
		GGraph graph;
		boolean stale = false;
		boolean nothingDrawn = source.drawn().map(d -> d.diagram().nodes().isEmpty()).orElse(true);
		if (nothingDrawn && doesNotParse() && previous instanceof GGraph last && !last.getChildren().isEmpty()) {
			graph = EcoreUtil.copy(last);
			stale = true;
		} else if (source.drawn().isPresent()) {
			graph = GModels.of(source.drawn().get().diagram(), source.drawn().get().layout());
		} else {
			graph = GModels.empty(source.diagramName() == null ? "empty" : source.diagramName());
		}
		List<Problem> shown = new ArrayList<>(problems.of(graph.getId()));
		if (stale) {
			shown.add(0, new Problem(graph.getId(), "warning", STALE, "The plan text does not parse: this is the diagram"
					+ " of the last text that did. Fix the syntax errors to see the diagram follow the text again."));
		}
		GModels.mark(graph, shown);
		modelState.updateRoot(graph);
	}

	/** Whether the plan file's text has syntax errors. */
	private boolean doesNotParse() {
		XtextResourceSet set = source.resourceSet();
		Resource plan = set == null || source.plan() == null ? null : set.getResource(source.plan(), false);
		return plan instanceof XtextResource resource && resource.getParseResult() != null
				&& resource.getParseResult().hasSyntaxErrors();
	}
}
