package org.allianceplanner.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.DocumentSymbol;

/**
 * Folding regions: every symbol spanning more than one line folds. Regions that did not move keep
 * their annotation, so what the user collapsed stays collapsed while typing elsewhere.
 */
final class FoldingUpdater {

	private final ProjectionViewer viewer;

	FoldingUpdater(ProjectionViewer viewer) {
		this.viewer = viewer;
	}

	void update(List<DocumentSymbol> symbols) {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		IDocument document = viewer.getDocument();
		if (model == null || document == null) {
			return;
		}
		Map<String, Position> wanted = new HashMap<>();
		collect(document, symbols, wanted);
		List<Annotation> stale = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			String key = position == null ? null : position.getOffset() + ":" + position.getLength();
			if (key == null || wanted.remove(key) == null) {
				stale.add(annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		wanted.values().forEach(p -> added.put(new ProjectionAnnotation(), p));
		model.modifyAnnotations(stale.toArray(Annotation[]::new), added, null);
	}

	private static void collect(IDocument document, List<DocumentSymbol> symbols, Map<String, Position> out) {
		for (DocumentSymbol symbol : symbols) {
			int first = symbol.getRange().getStart().getLine();
			int last = symbol.getRange().getEnd().getLine();
			if (last > first && last < document.getNumberOfLines()) {
				try {
					int start = document.getLineOffset(first);
					int end = last + 1 < document.getNumberOfLines() ? document.getLineOffset(last + 1)
							: document.getLength();
					out.put(start + ":" + (end - start), new Position(start, end - start));
				} catch (BadLocationException e) {
					// the symbols are from an older text; the next build brings fresh ones
				}
			}
			if (symbol.getChildren() != null) {
				collect(document, symbol.getChildren(), out);
			}
		}
	}

	/** The number of folding regions, for tests. */
	static int count(ProjectionViewer viewer) {
		int n = 0;
		for (Iterator<Annotation> it = viewer.getProjectionAnnotationModel().getAnnotationIterator(); it.hasNext(); it
				.next()) {
			n++;
		}
		return n;
	}
}
