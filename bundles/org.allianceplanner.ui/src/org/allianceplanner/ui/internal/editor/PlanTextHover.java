package org.allianceplanner.ui.internal.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.allianceplanner.ui.internal.lsp.DocumentConnection;
import org.allianceplanner.ui.internal.lsp.Requests;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * The hover: first the problems at the mouse with their explanation (rule, clause text, what a
 * quick fix offers), then what the language server says about the element (details of a plan
 * element, the full text of a referenced Guidelines clause). JFace computes hovers off the UI
 * thread, so waiting for the server here does not block typing. Every problem at the spot is listed. The text
 * wraps and scrolls ({@link HoverControls}).
 */
public class PlanTextHover implements ITextHover, ITextHoverExtension {

	private static final long WAIT_MILLIS = 2000;

	private final PlanEditor editor;

	public PlanTextHover(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		List<String> parts = new ArrayList<>();
		for (IMarker marker : markersAt(viewer, region.getOffset())) {
			parts.add(DiagnosticExplanations.explain(marker));
		}
		String element = elementHover(viewer, region.getOffset());
		if (element != null && !element.isBlank()) {
			parts.add(element);
		}
		return parts.isEmpty() ? null : String.join("\n\n----\n\n", parts);
	}

	/** What the server's hover service says about the element at an offset, as plain text. */
	public String elementHover(ITextViewer viewer, int offset) {
		DocumentConnection connection = editor.connection();
		if (connection == null) {
			return null;
		}
		HoverParams params = new HoverParams(Requests.document(connection.uri()),
				Requests.position(viewer.getDocument(), offset));
		Hover hover = Requests.await(connection.server().server().hover(params), WAIT_MILLIS);
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
			return null;
		}
		return plain(hover.getContents().getRight().getValue());
	}

	static String plain(String markdown) {
		return markdown == null ? null : markdown.replace("**", "");
	}

	static List<IMarker> markersAt(ITextViewer viewer, int offset) {
		List<IMarker> markers = new ArrayList<>();
		if (!(viewer instanceof ISourceViewer sourceViewer) || sourceViewer.getAnnotationModel() == null) {
			return markers;
		}
		IAnnotationModel model = sourceViewer.getAnnotationModel();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof MarkerAnnotation markerAnnotation && !annotation.isMarkedDeleted()) {
				Position position = model.getPosition(annotation);
				if (position != null && position.overlapsWith(offset, 1)) {
					markers.add(markerAnnotation.getMarker());
				}
			}
		}
		return markers;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return HoverControls.hover();
	}
}
