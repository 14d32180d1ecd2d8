package org.allianceplanner.ui.internal.help;

import java.io.IOException;
import java.net.URL;

import org.allianceplanner.ui.internal.Activator;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;

/**
 * The user documentation (the repository's docs/*.md, turned into the bundle's help/ pages at build time) in a
 * browser: what Help > Help Contents shows in the product, which has no Eclipse help system (see
 * {@link PlanHelpUI}).
 */
public class HelpView extends ViewPart {

	public static final String ID = "org.allianceplanner.ui.help";
	/** The first page: the list of documents. */
	public static final String INDEX = "index.html";

	private Composite area;
	private Browser browser;

	@Override
	public void createPartControl(Composite parent) {
		area = new Composite(parent, SWT.NONE);
		area.setLayout(new FillLayout());
		try {
			browser = new Browser(area, SWT.NONE);
		} catch (SWTError e) {
			browser = null;
			new Label(area, SWT.WRAP).setText("No internal browser is available here (" + e.getMessage()
					+ "). The documentation is in the docs/ folder of the Alliance Planner sources.");
		}
		show(INDEX);
	}

	/** Shows a page of the help ("IDE.html", or "help/IDE.html" as the table of contents names it). */
	public void show(String page) {
		String name = page.substring(page.lastIndexOf('/') + 1);
		URL folder = folder();
		if (browser != null && folder != null) {
			browser.setUrl(folder.toExternalForm() + (name.isEmpty() ? INDEX : name));
		}
	}

	/** The browser; null where none is available. */
	public Browser browser() {
		return browser;
	}

	/** The help pages as files (the bundle's help/ folder, unpacked from the jar once). */
	static URL folder() {
		URL entry = FrameworkUtil.getBundle(HelpView.class).getEntry("help/");
		if (entry == null) {
			return null;
		}
		try {
			return FileLocator.toFileURL(entry);
		} catch (IOException e) {
			Activator.log("Cannot unpack the help pages", e);
			return null;
		}
	}

	@Override
	public void setFocus() {
		area.setFocus();
	}
}
