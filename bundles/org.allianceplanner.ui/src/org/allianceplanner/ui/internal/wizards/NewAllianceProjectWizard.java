package org.allianceplanner.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.allianceplanner.ui.internal.builder.AllianceNature;
import org.allianceplanner.ui.internal.Activator;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.osgi.framework.Bundle;

/**
 * New Alliance project: a project with the Alliance nature (so the plan builder runs), optionally
 * holding the example plans shipped with Alliance Planner in its {@code plans} folder.
 */
public class NewAllianceProjectWizard extends Wizard implements INewWizard {

	public static final String PLANS_FOLDER = "plans";

	private Page page;

	public NewAllianceProjectWizard() {
		setWindowTitle("New Alliance Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the project goes to the workspace root whatever is selected
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		boolean examples = page.withExamples();
		try {
			getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException {
					createProject(name, examples, monitor);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage("Cannot create the project: " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Creates and opens the project with the Alliance nature; copies the example plans if asked. */
	public static IProject createProject(String name, boolean withExamples, IProgressMonitor monitor)
			throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(name);
		if (project.exists()) {
			throw new CoreException(Status.error("A project named " + name + " already exists"));
		}
		IProjectDescription description = workspace.newProjectDescription(name);
		project.create(description, monitor);
		project.open(monitor);
		// Added after creation so that the nature configures the project (installs the builder).
		AllianceNature.addTo(project, monitor);
		if (withExamples) {
			for (URL example : examples()) {
				String file = example.getPath().substring(example.getPath().lastIndexOf('/') + 1);
				copy(example, project.getFolder(PLANS_FOLDER).getFile(file), monitor);
			}
		}
		return project;
	}

	/** The example plans in this bundle's {@code examples} folder, by name. */
	static List<URL> examples() {
		Bundle bundle = Activator.getDefault().getBundle();
		Enumeration<URL> entries = bundle.findEntries("examples", "*.alliance", false);
		List<URL> out = entries == null ? new ArrayList<>() : Collections.list(entries);
		out.sort((a, b) -> a.getPath().compareTo(b.getPath()));
		return out;
	}

	private static void copy(URL from, IFile to, IProgressMonitor monitor) throws CoreException {
		if (!to.getParent().exists()) {
			((org.eclipse.core.resources.IFolder) to.getParent()).create(true, true, monitor);
		}
		try (InputStream in = from.openStream()) {
			to.create(in, IResource.FORCE, monitor);
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot copy the example " + from, e));
		}
	}

	private static final class Page extends WizardNewProjectCreationPage {
		private Button examples;

		Page() {
			super("allianceProject");
			setTitle("Alliance Project");
			setDescription("A project for plans under the Guidelines for Japan-U.S. Defense Cooperation.");
		}

		@Override
		public void createControl(Composite parent) {
			super.createControl(parent);
			examples = new Button((Composite) getControl(), SWT.CHECK);
			examples.setText("Add the example plans (a bilateral defense plan and a mutual cooperation plan)");
			examples.setSelection(true);
		}

		boolean withExamples() {
			return examples.getSelection();
		}
	}
}
