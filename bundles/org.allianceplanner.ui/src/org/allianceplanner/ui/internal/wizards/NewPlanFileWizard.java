package org.allianceplanner.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.allianceplanner.ui.AlliancePlanner;
import org.allianceplanner.ui.internal.Activator;
import org.allianceplanner.ui.internal.builder.AllianceNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * New plan file: a {@code .alliance} file holding a bilateral defense plan named after the file, with the
 * common procedures and the reporting milestone every plan needs (so it starts without warnings), opened in
 * the plan editor. The project gets the Alliance nature if it lacks it.
 */
public class NewPlanFileWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private WizardNewFileCreationPage page;
	private IStructuredSelection selection;

	public NewPlanFileWizard() {
		setWindowTitle("New Plan File");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("planFile", selection) {
			@Override
			protected InputStream getInitialContents() {
				return new ByteArrayInputStream(template(getFileName()).getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle("Plan File");
		page.setDescription("A plan in the Alliance plan language.");
		page.setFileExtension(AlliancePlanner.FILE_EXTENSION);
		page.setFileName("plan." + AlliancePlanner.FILE_EXTENSION);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			AllianceNature.addTo(file.getProject(), null);
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, AlliancePlanner.EDITOR_ID);
		} catch (PartInitException e) {
			Activator.log("Cannot open " + file.getFullPath(), e);
		} catch (CoreException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		return true;
	}

	/** The starting text of a plan file: an empty bilateral defense plan named after the file. */
	public static String template(String fileName) {
		String base = fileName.endsWith("." + AlliancePlanner.FILE_EXTENSION)
				? fileName.substring(0, fileName.length() - AlliancePlanner.FILE_EXTENSION.length() - 1)
				: fileName;
		StringBuilder name = new StringBuilder();
		boolean upper = true;
		for (char c : base.toCharArray()) {
			if (Character.isLetterOrDigit(c)) {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			} else {
				upper = true;
			}
		}
		if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
			name.insert(0, "Plan");
		}
		// The common procedures of VI.1(3) and a milestone reporting to the SCC and the SDC (VI.1): without them
		// the rules PLAN-PROCEDURES-COMPLETE and PLAN-REPORTING would warn about the new plan right away.
		return "// " + base + ": a bilateral defense plan (Guidelines VI.1(1)).\n" + "bilateral defense plan " + name
				+ " \"" + base + "\" {\n" + "\tsituations armed attack\n"
				+ "\tcommon procedure Communications: communications\n"
				+ "\tcommon procedure TargetInformation: transmission of target information\n"
				+ "\tcommon procedure Intelligence: intelligence activities\n"
				+ "\tcommon procedure Logistics: logistics support\n"
				+ "\tcommon procedure Fratricide: prevention of fratricide\n"
				+ "\tcommon procedure UnitOperations: control of unit operations\n"
				+ "\tmilestone Review \"First review of the plan\" reports to SCC, SDC\n" + "}\n";
	}
}
