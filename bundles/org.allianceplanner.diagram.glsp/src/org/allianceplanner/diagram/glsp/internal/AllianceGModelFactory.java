package org.allianceplanner.diagram.glsp.internal;

import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.model.GModelState;

import com.google.inject.Inject;

/** The session's GModel: the drawn diagram of {@link DiagramSource} in the wire contract's types. */
public class AllianceGModelFactory implements GModelFactory {

	@Inject
	private DiagramSource source;

	@Inject
	private GModelState modelState;

	@Override
	public void createGModel() {
		modelState.updateRoot(source.drawn().map(d -> GModels.of(d.diagram(), d.layout()))
				.orElseGet(() -> GModels.empty(source.diagramName() == null ? "empty" : source.diagramName())));
	}
}
