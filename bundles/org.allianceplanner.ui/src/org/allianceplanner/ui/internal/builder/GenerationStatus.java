package org.allianceplanner.ui.internal.builder;

import org.allianceplanner.ui.internal.Activator;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;

/**
 * Tells the planner when a save did not regenerate a plan file's outputs: a warning in the Problems view (a
 * marker of its own type on the plan file, removed by the next save that generates) and a message in the status
 * line of the editors showing the file. Without it an error-free looking folder of documents would silently be
 * out of date.
 */
public final class GenerationStatus {

	/** The marker type: a problem marker, so the Problems view lists it. */
	public static final String MARKER = "org.allianceplanner.ui.generation";

	private GenerationStatus() {
	}

	/** The outputs of {@code file} were not regenerated; {@code why} says why, in a sentence fragment. */
	public static void notRegenerated(IFile file, String why) throws CoreException {
		String message = "Generated documents of " + file.getName() + " were not regenerated: " + why
				+ "; the previous output is kept";
		IMarker[] existing = file.findMarkers(MARKER, false, IResource.DEPTH_ZERO);
		if (existing.length == 1 && message.equals(existing[0].getAttribute(IMarker.MESSAGE, ""))) {
			showInStatusLine(file, message);
			return;
		}
		file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
		IMarker marker = file.createMarker(MARKER);
		marker.setAttribute(IMarker.MESSAGE, message);
		marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
		marker.setAttribute(IMarker.LOCATION, file.getName());
		marker.setAttribute(IMarker.SOURCE_ID, "Alliance Planner");
		showInStatusLine(file, message);
	}

	/** The outputs of {@code file} were regenerated: the warning goes. */
	public static void regenerated(IFile file) throws CoreException {
		if (file.exists() && file.findMarkers(MARKER, false, IResource.DEPTH_ZERO).length > 0) {
			file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
			showInStatusLine(file, null);
		}
	}

	/** Shows (or, with null, clears) the message in the status line of each editor on the file. */
	private static void showInStatusLine(IFile file, String message) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			IWorkbench workbench = PlatformUI.getWorkbench();
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				for (IWorkbenchPage page : window.getPages()) {
					IEditorPart editor = page.findEditor(new FileEditorInput(file));
					if (editor != null) {
						try {
							editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
						} catch (RuntimeException e) {
							Activator.log("Cannot show the generation status of " + file.getFullPath(), e);
						}
					}
				}
			}
		});
	}
}
