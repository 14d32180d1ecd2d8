package org.allianceplanner.ui.internal.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceplanner.ui.AlliancePlanner;
import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The quick fixes of one problem marker, whatever asks for them: Ctrl+1 in the editor and Quick Fix in the
 * Problems view (marker resolutions) offer the same list. A rule's finding that carries a fix gets the language
 * server's code actions ({@link DiagnosticFixes}); an unresolved name gets one fix per nearest existing name the
 * diagnostic carries. Each fix is a workspace edit, applied by {@link WorkspaceEdits} (in the editor when the file
 * is open there, else to the file, saved).
 */
public final class MarkerFixes {

	/** A fix: what the menu shows, a sentence saying what it does, and its edit. */
	public record Fix(String label, String description, WorkspaceEdit edit) {
	}

	private MarkerFixes() {
	}

	/** Whether the marker is one whose fixes this class can list (without asking the server). */
	public static boolean hasFixes(IMarker marker) {
		return marker.exists() && (DiagnosticFixes.carriesFix(marker) || !names(marker).isEmpty());
	}

	/** The marker's fixes; empty when there are none (or the server did not answer in time). */
	public static List<Fix> of(IMarker marker) {
		List<Fix> fixes = new ArrayList<>();
		if (!marker.exists()) {
			return fixes;
		}
		if (DiagnosticFixes.carriesFix(marker)) {
			String rule = marker.getAttribute(AlliancePlanner.MARKER_CODE, null);
			DiagnosticFixes.of(marker).forEach(a -> fixes.add(new Fix(a.getTitle(),
					a.getTitle() + (rule == null ? "." : ", as rule " + rule + " suggests."), a.getEdit())));
			return fixes;
		}
		List<String> names = names(marker);
		String uri = names.isEmpty() ? null : FileUris.of(marker.getResource());
		Diagnostic diagnostic = uri == null ? null : DiagnosticFixes.diagnosticOf(uri, marker);
		if (diagnostic == null) {
			return fixes;
		}
		for (String name : names) {
			WorkspaceEdit edit = new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(diagnostic.getRange(), name))));
			fixes.add(new Fix("Change to '" + name + "'", "Replaces the unresolved name with " + name + ".", edit));
		}
		return fixes;
	}

	/** The nearest existing names an unresolved name's diagnostic carries. */
	private static List<String> names(IMarker marker) {
		if (!org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC
				.equals(marker.getAttribute(AlliancePlanner.MARKER_CODE, ""))) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (String name : marker.getAttribute(AlliancePlanner.MARKER_DATA, "").split("\n")) {
			if (!name.isBlank()) {
				names.add(name.strip());
			}
		}
		return names;
	}
}
