package org.allianceplanner.ui.internal.editor;

import org.allianceplanner.ui.AlliancePlanner;
import org.allianceplanner.ui.internal.Activator;
import org.allianceplanner.ui.internal.lsp.MarkerFixes;
import org.allianceplanner.ui.internal.lsp.WorkspaceEdits;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick Fix from the Problems view (and the editor's ruler): the marker resolutions of a plan problem are the
 * fixes Ctrl+1 offers in the editor ({@link MarkerFixes}: the language server's code actions for a rule's fix,
 * the nearest names for an unresolved one), applied the same way.
 */
public class PlanMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return MarkerFixes.hasFixes(marker);
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return MarkerFixes.of(marker).stream().map(Resolution::new).toArray(IMarkerResolution[]::new);
	}

	/** One fix as a marker resolution. */
	private record Resolution(MarkerFixes.Fix fix) implements IMarkerResolution2 {

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public void run(IMarker marker) {
			try {
				WorkspaceEdits.apply(fix.edit());
			} catch (CoreException | BadLocationException e) {
				Activator.log("Cannot apply the quick fix '" + fix.label() + "' to "
						+ marker.getAttribute(AlliancePlanner.MARKER_CODE, "a plan problem"), e);
			}
		}

		@Override
		public String getDescription() {
			return fix.description();
		}

		@Override
		public Image getImage() {
			return null;
		}
	}
}
