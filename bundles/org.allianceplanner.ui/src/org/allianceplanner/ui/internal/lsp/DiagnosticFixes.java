package org.allianceplanner.ui.internal.lsp;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.allianceplanner.ui.AlliancePlanner;
import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;

/**
 * The quick fixes of a problem marker whose diagnostic carries a fix ({@code [kind, data...]}, from the
 * Guidelines rules): the language server's code actions for that diagnostic, each a titled edit. The
 * server computes the edit from the model (org.allianceplanner.dsl.ide's fix provider); this class only
 * finds the diagnostic behind the marker and asks.
 */
public final class DiagnosticFixes {

	private static final Set<String> KINDS = Set.of("set-value", "add-values", "add-element", "remove-value");
	private static final long WAIT_MILLIS = 3000;

	private DiagnosticFixes() {
	}

	/** Whether the marker's diagnostic carries a fix (its data starts with a fix kind). */
	public static boolean carriesFix(IMarker marker) {
		String data = marker.getAttribute(AlliancePlanner.MARKER_DATA, "");
		int end = data.indexOf('\n');
		return KINDS.contains(end < 0 ? data : data.substring(0, end));
	}

	/** The server's fixes for the marker, with their edits; empty when it has none or does not answer in time. */
	public static List<CodeAction> of(IMarker marker) {
		String uri = FileUris.of(marker.getResource());
		Diagnostic diagnostic = uri == null ? null : diagnosticOf(uri, marker);
		if (diagnostic == null) {
			return List.of();
		}
		CodeActionParams params = new CodeActionParams(Requests.document(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		var answer = Requests.await(PlanLanguageServer.get().server().codeAction(params), WAIT_MILLIS);
		if (answer == null) {
			return List.of();
		}
		return answer.stream().filter(e -> e != null && e.isRight()).map(e -> e.getRight())
				.filter(a -> a.getEdit() != null).toList();
	}

	/** The published diagnostic a marker was written from: same message and line. */
	static Diagnostic diagnosticOf(String uri, IMarker marker) {
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		int line = marker.getAttribute(IMarker.LINE_NUMBER, -1) - 1;
		return PlanLanguageServer.get().diagnostics(uri).stream()
				.filter(d -> Objects.equals(MarkerClient.message(d), message) && d.getRange().getStart().getLine() == line)
				.findFirst().orElse(null);
	}
}
