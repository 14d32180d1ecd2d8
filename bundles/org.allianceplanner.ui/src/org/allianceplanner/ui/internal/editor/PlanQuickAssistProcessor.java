package org.allianceplanner.ui.internal.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.ui.internal.lsp.MarkerFixes;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Quick fixes (Ctrl+1): the fixes of every problem on the caret or the selection, wherever in the marked range
 * the caret is; when there is none there, those of the problems on the caret's line (as Eclipse's Java editor
 * does). The fixes come from {@link MarkerFixes}, the list the Problems view's Quick Fix offers too. A fix offered
 * by two problems (the same label) is listed once.
 */
public class PlanQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IAnnotationModel model = context.getSourceViewer().getAnnotationModel();
		if (model == null) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		int length = Math.max(0, context.getLength());
		Set<IMarker> markers = markersIn(model, offset, length);
		if (markers.isEmpty()) {
			IRegion line = lineAt(context.getSourceViewer().getDocument(), offset);
			if (line != null) {
				markers = markersIn(model, line.getOffset(), line.getLength());
			}
		}
		Map<String, ICompletionProposal> proposals = new LinkedHashMap<>();
		for (IMarker marker : markers) {
			for (MarkerFixes.Fix fix : MarkerFixes.of(marker)) {
				proposals.putIfAbsent(fix.label(), new DiagnosticFixProposal(fix));
			}
		}
		return new ArrayList<>(proposals.values()).toArray(ICompletionProposal[]::new);
	}

	/** The fixable problems whose range meets [offset, offset + length] (its ends included). */
	private Set<IMarker> markersIn(IAnnotationModel model, int offset, int length) {
		Set<IMarker> markers = new LinkedHashSet<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (position != null && canFix(annotation) && position.getOffset() <= offset + length
					&& offset <= position.getOffset() + position.getLength()) {
				markers.add(((MarkerAnnotation) annotation).getMarker());
			}
		}
		return markers;
	}

	private static IRegion lineAt(IDocument document, int offset) {
		try {
			return document == null ? null : document.getLineInformationOfOffset(offset);
		} catch (BadLocationException e) {
			return null;
		}
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation markerAnnotation && !annotation.isMarkedDeleted()
				&& MarkerFixes.hasFixes(markerAnnotation.getMarker());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}
}
