package org.allianceplanner.ui.internal.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.allianceplanner.ui.AlliancePlanner;
import org.allianceplanner.ui.internal.lsp.DiagnosticFixes;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Quick fixes (Ctrl+1) from the data a diagnostic carries: an unresolved name carries the nearest
 * existing names, and each becomes a fix that puts that name in place of the wrong one; a Guidelines rule's
 * finding carries a fix ({@code [kind, data...]}), which the language server turns into an edit.
 */
public class PlanQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IAnnotationModel model = context.getSourceViewer().getAnnotationModel();
		List<ICompletionProposal> proposals = new ArrayList<>();
		if (model == null) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (canFix(annotation) && position != null && position.overlapsWith(offset, 1)
					|| canFix(annotation) && position != null && position.getOffset() + position.getLength() == offset) {
				IMarker marker = ((MarkerAnnotation) annotation).getMarker();
				if (DiagnosticFixes.carriesFix(marker)) {
					String rule = marker.getAttribute(AlliancePlanner.MARKER_CODE, null);
					DiagnosticFixes.of(marker).forEach(a -> proposals.add(new DiagnosticFixProposal(a, rule)));
					continue;
				}
				for (String name : marker.getAttribute(AlliancePlanner.MARKER_DATA, "").split("\n")) {
					if (!name.isBlank()) {
						proposals.add(new CompletionProposal(name, position.getOffset(), position.getLength(),
								name.length(), null, "Change to '" + name + "'", null,
								"Replaces the unresolved name with " + name + "."));
					}
				}
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	@Override
	public boolean canFix(Annotation annotation) {
		if (!(annotation instanceof MarkerAnnotation markerAnnotation) || annotation.isMarkedDeleted()) {
			return false;
		}
		IMarker marker = markerAnnotation.getMarker();
		return marker.exists() && DiagnosticFixes.carriesFix(marker) || marker.exists()
				&& Diagnostic.LINKING_DIAGNOSTIC.equals(marker.getAttribute(AlliancePlanner.MARKER_CODE, ""))
				&& !marker.getAttribute(AlliancePlanner.MARKER_DATA, "").isBlank();
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
