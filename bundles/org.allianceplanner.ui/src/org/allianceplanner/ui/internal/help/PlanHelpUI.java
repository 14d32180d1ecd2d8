package org.allianceplanner.ui.internal.help;

import org.allianceplanner.ui.internal.Activator;
import org.eclipse.help.IContext;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The product's help system: Eclipse's own (org.eclipse.help.ui with its web application) is not part of the
 * product, so Help > Help Contents, Search and context help open the user documentation in the {@link HelpView}.
 * The documentation is also contributed as an org.eclipse.help table of contents, which a full Eclipse help
 * system lists.
 */
public class PlanHelpUI extends AbstractHelpUI {

	@Override
	public void displayHelp() {
		show(HelpView.INDEX);
	}

	@Override
	public void displaySearch() {
		show(HelpView.INDEX);
	}

	@Override
	public void displayDynamicHelp() {
		show(HelpView.INDEX);
	}

	@Override
	public void displayContext(IContext context, int x, int y) {
		show(HelpView.INDEX);
	}

	@Override
	public void displayHelpResource(String href) {
		show(href == null ? HelpView.INDEX : href);
	}

	@Override
	public boolean isContextHelpDisplayed() {
		return false;
	}

	private static void show(String page) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage workbenchPage = window == null ? null : window.getActivePage();
		if (workbenchPage == null) {
			return;
		}
		try {
			((HelpView) workbenchPage.showView(HelpView.ID)).show(page);
		} catch (PartInitException e) {
			Activator.log("Cannot open the help", e);
		}
	}
}
