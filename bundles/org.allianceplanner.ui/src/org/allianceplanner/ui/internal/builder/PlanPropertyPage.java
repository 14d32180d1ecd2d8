package org.allianceplanner.ui.internal.builder;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Project properties, page "Alliance Planner": which outputs the builder generates, where, and rule
 * severities that differ from the rule catalog's defaults. The severities are read from and written to the
 * project's {@code alliance.properties} (keys {@code severity.RULE-ID}, the file the command and the Maven
 * plugin read), keeping its other lines and comments.
 */
public class PlanPropertyPage extends PropertyPage {

	private Button generate;
	private Text documents;
	private Text folder;
	private org.eclipse.swt.widgets.Combo audience;
	private Text severities;

	@Override
	protected Control createContents(Composite parent) {
		IProject project = project();
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		generate = new Button(page, SWT.CHECK);
		generate.setText("Generate a Markdown summary of each plan on save");
		generate.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		generate.setSelection(ProjectSettings.generateSummary(project));
		new Label(page, SWT.NONE).setText("Plan documents on save (html, md, pdf, docx, csv, xlsx, json; empty for none):");
		documents = new Text(page, SWT.BORDER);
		documents.setText(ProjectSettings.documentFormats(project));
		documents.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		documents.addModifyListener(e -> validate());
		new Label(page, SWT.NONE).setText("Output folder:");
		folder = new Text(page, SWT.BORDER);
		folder.setText(ProjectSettings.outputFolder(project));
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(page, SWT.NONE).setText("Audience of the plan documents:");
		audience = new org.eclipse.swt.widgets.Combo(page, SWT.READ_ONLY);
		for (org.allianceplanner.docgen.Audience a : org.allianceplanner.docgen.Audience.values()) {
			audience.add(a.id());
		}
		audience.select(Math.max(0, audience.indexOf(ProjectSettings.audience(project))));
		Label defaults = new Label(page, SWT.WRAP);
		defaults.setText("Settings equal to the workspace's (Window > Preferences > Alliance Planner) follow them.");
		defaults.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Label help = new Label(page, SWT.WRAP);
		help.setText("Rule severities, one a line as RULE-ID=error|warning|info|ignore (for example "
				+ "PREMISE-NO-OBLIGATION=error), kept in the project's alliance.properties as severity.RULE-ID, "
				+ "where the alliance command and the Maven plugin read them too. Rules not listed keep their default "
				+ "severity.");
		help.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		severities = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		severities.setText(severitiesText(project));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.heightHint = 120;
		severities.setLayoutData(data);
		severities.addModifyListener(e -> validate());
		return page;
	}

	private void validate() {
		String problem = ProjectSettings.problemIn(documents.getText(), severities.getText());
		setErrorMessage(problem);
		setValid(problem == null);
	}

	@Override
	public boolean performOk() {
		IProject project = project();
		try {
			ProjectSettings.save(project, generate.getSelection(), documents.getText(), folder.getText(),
					audience.getText());
			// the language server sees the file change and checks the project's plans again
			ProjectSettings.saveSeverities(project, severities.getText());
		} catch (BackingStoreException | CoreException e) {
			setErrorMessage("Cannot save the settings: " + e.getMessage());
			return false;
		}
		Job.create("Rebuilding " + project.getName(), monitor -> {
			try {
				project.touch(monitor);
				project.build(IncrementalProjectBuilder.FULL_BUILD, monitor);
			} catch (CoreException e) {
				return e.getStatus();
			}
			return Status.OK_STATUS;
		}).schedule();
		return true;
	}

	private String severitiesText(IProject project) {
		try {
			return ProjectSettings.severitiesText(project);
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
			return "";
		}
	}

	private IProject project() {
		return getElement().getAdapter(IProject.class);
	}
}
