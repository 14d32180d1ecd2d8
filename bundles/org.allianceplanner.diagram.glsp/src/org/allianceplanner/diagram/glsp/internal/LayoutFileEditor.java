package org.allianceplanner.diagram.glsp.internal;

import java.nio.file.Path;
import java.util.Map;

import org.allianceplanner.diagram.glsp.PlanTextException;
import org.allianceplanner.diagram.layout.DiagramPositions;
import org.allianceplanner.diagram.layout.ElementPosition;
import org.allianceplanner.diagram.layout.LayoutFile;
import org.allianceplanner.diagram.layout.LayoutFileException;
import org.allianceplanner.diagram.layout.LayoutFiles;

import com.google.inject.Inject;

/**
 * The session's diagram's positions in the layout file beside the plan ({@code plan.alliance.layout}): moved
 * and resized nodes are pinned there (with the size of a resized node), Arrange All drops the positions that are not pinned. Written atomically by the core's
 * {@link LayoutFiles}; an unreadable layout file is not overwritten.
 */
public class LayoutFileEditor {

	@Inject
	private DiagramSource source;

	/**
	 * Pins each node at its new position (relative to its container, as GLSP and the layout file give it). A
	 * position without a size keeps the size the file gives the node (a resized node that is then moved).
	 */
	public void pin(Map<String, ElementPosition> positions) {
		update(current -> {
			DiagramPositions result = current;
			for (Map.Entry<String, ElementPosition> e : positions.entrySet()) {
				ElementPosition p = e.getValue();
				ElementPosition before = current.get(e.getKey()).orElse(null);
				if (!p.hasSize() && before != null && before.hasSize()) {
					p = p.withSize(before.width(), before.height());
				}
				result = result.with(e.getKey(), p);
			}
			return result;
		});
	}

	/** Arrange All: only the pinned positions stay. */
	public void keepPinnedOnly() {
		update(DiagramPositions::pinnedOnly);
	}

	private void update(java.util.function.UnaryOperator<DiagramPositions> change) {
		Path file = LayoutFile.pathFor(source.planFile());
		LayoutFiles.ReadResult read = LayoutFiles.read(file);
		if (read.unreadable()) {
			throw new PlanTextException(file + ": the layout file cannot be read (" + String.join("; ", read.warnings())
					+ "); it is not overwritten");
		}
		String diagram = source.diagram().map(d -> d.id()).orElseThrow(() -> new PlanTextException("no diagram is drawn"));
		DiagramPositions before = read.layout().positions(diagram);
		DiagramPositions after = change.apply(before);
		if (after.equals(before)) {
			return;
		}
		try {
			LayoutFiles.write(file, read.layout().with(diagram, after));
		} catch (LayoutFileException e) {
			throw new PlanTextException(file + ": " + e.getMessage(), e);
		}
	}
}
