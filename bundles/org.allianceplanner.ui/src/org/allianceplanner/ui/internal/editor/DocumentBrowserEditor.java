package org.allianceplanner.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * Shows an HTML document (the plan documents the builder generates) in the workbench's internal browser
 * (SWT's, WebKitGTK on Linux). Where no browser is available it says so and names the file, which the system
 * editor (Open With) still opens. Read-only: the documents are generated.
 */
public class DocumentBrowserEditor extends EditorPart {

	public static final String ID = "org.allianceplanner.ui.documentBrowser";

	private Browser browser;
	private Composite area;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput)) {
			throw new PartInitException("The document browser opens workspace files only, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		area = new Composite(parent, SWT.NONE);
		area.setLayout(new FillLayout());
		IFile file = ((IFileEditorInput) getEditorInput()).getFile();
		try {
			browser = new Browser(area, SWT.NONE);
			browser.setUrl(file.getLocationURI().toString());
		} catch (SWTError e) {
			browser = null;
			Label label = new Label(area, SWT.WRAP);
			label.setText("No internal browser is available here (" + e.getMessage() + "). Open "
					+ file.getFullPath() + " with Open With > System Editor.");
		}
	}

	/** The browser showing the document; null where none is available. */
	public Browser browser() {
		return browser;
	}

	@Override
	public void setFocus() {
		area.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only
	}

	@Override
	public void doSaveAs() {
		// read-only
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
