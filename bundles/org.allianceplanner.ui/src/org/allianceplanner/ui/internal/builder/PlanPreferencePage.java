package org.allianceplanner.ui.internal.builder;

import org.allianceplanner.docgen.Audience;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Window > Preferences > Alliance Planner: the workspace's defaults for every Alliance project. What the builder
 * generates on save (summaries, document formats, output folder, audience) applies to each project whose own
 * properties do not set it. The rule severities are written into every project's {@code alliance.properties}, the
 * one file the {@code alliance} command and the Maven plugin read, in a block the project's own lines override.
 */
public class PlanPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.allianceplanner.ui.preferences";

	private Button generate;
	private Text documents;
	private Text folder;
	private Combo audience;
	private Text severities;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("Defaults for every Alliance project. A project's own properties (Project > Properties > "
				+ "Alliance Planner) override them.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		generate = new Button(page, SWT.CHECK);
		generate.setText("Generate a Markdown summary of each plan on save");
		generate.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(page, SWT.NONE).setText("Plan documents on save (html, md, pdf, docx, csv, xlsx, json; empty for none):");
		documents = new Text(page, SWT.BORDER);
		documents.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		documents.addModifyListener(e -> validate());
		new Label(page, SWT.NONE).setText("Output folder:");
		folder = new Text(page, SWT.BORDER);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(page, SWT.NONE).setText("Audience of the plan documents:");
		audience = new Combo(page, SWT.READ_ONLY);
		for (Audience a : Audience.values()) {
			audience.add(a.id());
		}
		Label help = new Label(page, SWT.WRAP);
		help.setText("Rule severities, one a line as RULE-ID=error|warning|info|ignore. They are written at the top of "
				+ "every Alliance project's alliance.properties (the file the alliance command and the Maven plugin "
				+ "read), so the build server applies them too; a severity the project's file sets below them wins.");
		GridData helpData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		helpData.widthHint = 500;
		help.setLayoutData(helpData);
		severities = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.heightHint = 120;
		severities.setLayoutData(data);
		severities.addModifyListener(e -> validate());
		show(WorkspaceDefaults.generateSummary(), WorkspaceDefaults.documentFormats(), WorkspaceDefaults.outputFolder(),
				WorkspaceDefaults.audience(), WorkspaceDefaults.severities());
		return page;
	}

	private void show(boolean summary, String formats, String output, String edition, String rules) {
		generate.setSelection(summary);
		documents.setText(formats);
		folder.setText(output);
		audience.select(Math.max(0, audience.indexOf(edition)));
		severities.setText(rules);
	}

	private void validate() {
		String problem = ProjectSettings.problemIn(documents.getText(), severities.getText());
		setErrorMessage(problem);
		setValid(problem == null);
	}

	@Override
	protected void performDefaults() {
		show(true, ProjectSettings.DEFAULT_DOCUMENT_FORMATS, ProjectSettings.DEFAULT_OUTPUT_FOLDER,
				ProjectSettings.DEFAULT_AUDIENCE, "");
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			WorkspaceDefaults.save(generate.getSelection(), documents.getText(), folder.getText(), audience.getText(),
					severities.getText());
		} catch (BackingStoreException | IllegalArgumentException e) {
			setErrorMessage("Cannot save the preferences: " + e.getMessage());
			return false;
		}
		applyToProjects().schedule();
		return true;
	}

	/** Writes the severities into every Alliance project's alliance.properties and rebuilds the projects. */
	public static Job applyToProjects() {
		return Job.create("Applying the Alliance Planner preferences", monitor -> {
			MultiStatus status = new MultiStatus(PlanPreferencePage.class, 0, "Alliance Planner preferences");
			for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
				try {
					if (project.isOpen() && project.hasNature(org.allianceplanner.ui.AlliancePlanner.NATURE_ID)) {
						ProjectSettings.writeWorkspaceSeverities(project);
						project.build(IncrementalProjectBuilder.FULL_BUILD, monitor);
					}
				} catch (CoreException e) {
					status.add(Status.error(project.getName() + ": " + e.getMessage(), e));
				}
			}
			return status.isOK() ? Status.OK_STATUS : status;
		});
	}
}
