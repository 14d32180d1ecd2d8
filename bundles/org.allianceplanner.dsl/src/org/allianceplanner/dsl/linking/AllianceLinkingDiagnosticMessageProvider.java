package org.allianceplanner.dsl.linking;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.dsl.Messages;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * Unresolved references say what kind of thing was not found, under which name, and the nearest
 * names that do exist: "No party named 'JASDFF'. Did you mean JASDF?"
 */
public class AllianceLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	private static final int SUGGESTIONS = 3;

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private IQualifiedNameConverter nameConverter;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String linkText = context.getLinkText();
		List<String> candidates = new ArrayList<>();
		IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
		for (IEObjectDescription description : scope.getAllElements()) {
			candidates.add(nameConverter.toString(description.getName()));
		}
		List<String> nearest = NearestNames.nearest(linkText, candidates, SUGGESTIONS);
		String message = Messages.unresolved(type, linkText, nearest);
		// The nearest names travel as issue data, for quick fixes.
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC,
				nearest.toArray(String[]::new));
	}
}
