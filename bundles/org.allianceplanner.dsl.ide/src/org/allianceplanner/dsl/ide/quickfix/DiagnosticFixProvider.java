package org.allianceplanner.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.quickfix.ISemanticModification;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Quick fixes from the fix a diagnostic carries (issue data {@code [kind, data...]}, see
 * {@code org.allianceplanner.validation.Fix}): the change is made on the model and written back by Xtext's
 * change serializer, so the edit keeps the plan's layout and comments. Every rule with a fix gets its quick
 * fix without code of its own here.
 */
public class DiagnosticFixProvider implements IQuickFixProvider {

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private ModelFixes fixes;

	@Inject
	private ElementInsertion insertion;

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		List<String> data = FixData.of(diagnostic);
		return !data.isEmpty() && FixData.KINDS.contains(data.get(0));
	}

	@Override
	public List<DiagnosticResolution> getResolutions(ICodeActionService2.Options options, Diagnostic diagnostic) {
		List<String> data = FixData.of(diagnostic);
		if (!(options.getResource() instanceof XtextResource resource) || options.getDocument() == null
				|| !handlesDiagnostic(diagnostic)) {
			return List.of();
		}
		int offset = options.getDocument().getOffSet(diagnostic.getRange().getStart());
		EObject context = offsets.resolveContainedElementAt(resource, offset);
		ModelFixes.Change change = context == null ? null : fixes.plan(context, data);
		if (change == null) {
			return List.of();
		}
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		// The resolution applies to a fresh copy of the resource: plan the change again on that copy.
		if (FixData.ADD_ELEMENT.equals(data.get(0))) {
			// new elements are inserted as text, so that the rest of the container keeps its layout
			acceptor.accept(change.label(), (ITextModification) (d, element, document) -> {
				ModelFixes.Change again = replan(element, data, change.label());
				again.apply().run();
				return insertion.edits(again.created(), document);
			});
		} else {
			acceptor.accept(change.label(), (ISemanticModification) (d, element) -> target -> replan(element, data,
					change.label()).apply().run());
		}
		return new ArrayList<>(acceptor.getDiagnosticResolutions(options, diagnostic));
	}

	private ModelFixes.Change replan(EObject element, List<String> data, String label) {
		ModelFixes.Change again = element == null ? null : fixes.plan(element, data);
		if (again == null) {
			throw new IllegalStateException("The fix no longer applies: " + label);
		}
		return again;
	}
}
