package org.allianceplanner.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.allianceplanner.ui.internal.editor.PlanEditor;
import org.allianceplanner.ui.internal.wizards.NewAllianceProjectWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.FrameworkUtil;

/** Projects holding this bundle's test plans (resources/): air-defense and rear-area-support. */
final class Fixtures {

	static final String AIR_DEFENSE = "plans/air-defense.alliance";
	static final String REAR_AREA = "plans/rear-area-support.alliance";

	private Fixtures() {
	}

	/** A new Alliance project (made by the wizard's code) with the two test plans in plans/. */
	static IProject project(String name) throws CoreException {
		IProject project = NewAllianceProjectWizard.createProject(name, false, new NullProgressMonitor());
		IFolder plans = project.getFolder("plans");
		plans.create(true, true, null);
		copy("air-defense.alliance", project.getFile(AIR_DEFENSE));
		copy("rear-area-support.alliance", project.getFile(REAR_AREA));
		return project;
	}

	/** Puts the two test plans of a project made by {@link #project} back as written, undoing any edit. */
	static void restore(IProject project) throws CoreException {
		copy("air-defense.alliance", project.getFile(AIR_DEFENSE));
		copy("rear-area-support.alliance", project.getFile(REAR_AREA));
	}

	/**
	 * Closes every editor, puts the project's test plans back and opens {@code file} in the plan editor, active,
	 * once the language server has sent its symbols.
	 */
	static PlanEditor openRestored(IWorkbenchPage page, IProject project, IFile file) throws CoreException {
		page.closeAllEditors(false);
		restore(project);
		PlanEditor editor = (PlanEditor) IDE.openEditor(page, file, AlliancePlanner.EDITOR_ID);
		page.activate(editor);
		UiTesting.waitUntil("the example's symbols arrive from the language server", () -> !editor.symbols().isEmpty());
		return editor;
	}

	private static void copy(String resource, IFile to) throws CoreException {
		URL url = FrameworkUtil.getBundle(Fixtures.class).getEntry("resources/" + resource);
		try (InputStream in = url.openStream()) {
			if (to.exists()) {
				to.setContents(in, IResource.FORCE, null);
			} else {
				to.create(in, IResource.FORCE, null);
			}
		} catch (IOException e) {
			throw new AssertionError("cannot read test resource " + resource, e);
		}
	}
}
