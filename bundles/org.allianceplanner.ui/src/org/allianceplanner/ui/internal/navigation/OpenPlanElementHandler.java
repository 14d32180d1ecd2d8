package org.allianceplanner.ui.internal.navigation;

import java.util.concurrent.CompletableFuture;

import org.allianceplanner.dsl.ide.symbol.PlanElementEntry;
import org.allianceplanner.ui.internal.Activator;
import org.allianceplanner.ui.internal.editor.Navigation;
import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Navigate > Open Plan Element... (Ctrl+Shift+T): reads the element list from the language server's index
 * off the UI thread, then shows the dialog; the chosen element opens in the plan editor with its name
 * selected.
 */
public class OpenPlanElementHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.allianceplanner.ui.openPlanElement";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		PlanLanguageServer server = PlanLanguageServer.get();
		Display display = shell.getDisplay();
		PlanElements.all(server).whenComplete((elements, failure) -> display.asyncExec(() -> {
			if (failure != null) {
				Activator.log("Cannot list the plan elements", failure);
				return;
			}
			OpenPlanElementDialog dialog = new OpenPlanElementDialog(shell, elements);
			if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof PlanElementEntry chosen) {
				open(server, chosen);
			}
		}));
		return null;
	}

	/** Opens an element in the plan editor, its name selected. */
	public static CompletableFuture<Void> open(PlanLanguageServer server, PlanElementEntry entry) {
		Display display = Display.getCurrent();
		return PlanElements.locate(server, entry).thenAccept(location -> {
			if (location != null) {
				display.asyncExec(() -> Navigation.open(location.getUri(), location.getRange()));
			}
		});
	}
}
