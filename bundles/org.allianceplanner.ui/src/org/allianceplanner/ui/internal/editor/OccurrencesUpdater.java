package org.allianceplanner.ui.internal.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.ui.internal.lsp.DocumentConnection;
import org.allianceplanner.ui.internal.lsp.Positions;
import org.allianceplanner.ui.internal.lsp.Requests;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.swt.widgets.Display;

/**
 * Mark occurrences: a moment after the caret stops, the server's document highlights for the name
 * under it become "occurrence" annotations (declaration and every reference in the file).
 */
final class OccurrencesUpdater {

	static final String TYPE = "org.allianceplanner.ui.occurrence";
	private static final int DELAY_MILLIS = 250;

	private final PlanEditor editor;
	private Annotation[] current = new Annotation[0];
	private int requestedOffset = -1;
	private final Runnable request = this::request;

	OccurrencesUpdater(PlanEditor editor) {
		this.editor = editor;
	}

	void caretMoved(int offset) {
		requestedOffset = offset;
		Display.getCurrent().timerExec(DELAY_MILLIS, request);
	}

	private void request() {
		DocumentConnection connection = editor.connection();
		if (connection == null || editor.viewer() == null) {
			return;
		}
		int offset = requestedOffset;
		DocumentHighlightParams params = new DocumentHighlightParams(Requests.document(connection.uri()),
				Requests.position(editor.document(), offset));
		Display display = Display.getCurrent();
		connection.server().server().documentHighlight(params).thenAccept(highlights -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> apply(offset, highlights));
			}
		});
	}

	private void apply(int offset, List<? extends DocumentHighlight> highlights) {
		if (offset != requestedOffset || editor.viewer() == null) {
			return; // the caret moved on; a newer request follows
		}
		IAnnotationModel model = editor.viewer().getAnnotationModel();
		if (!(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		if (highlights != null) {
			for (DocumentHighlight highlight : highlights) {
				IRegion region = Positions.toRegion(editor.document(), highlight.getRange());
				added.put(new Annotation(TYPE, false, "Occurrence"), new Position(region.getOffset(), region.getLength()));
			}
		}
		extension.replaceAnnotations(current, added);
		current = added.keySet().toArray(Annotation[]::new);
	}

	/** The occurrence annotations now shown, for tests. */
	int count() {
		return current.length;
	}

	void dispose() {
		current = new Annotation[0];
	}
}
