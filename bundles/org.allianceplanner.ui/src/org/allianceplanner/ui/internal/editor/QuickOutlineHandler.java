package org.allianceplanner.ui.internal.editor;

import org.allianceplanner.ui.internal.lsp.Positions;
import org.allianceplanner.ui.internal.outline.QuickOutlinePopup;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.handlers.HandlerUtil;

/** Ctrl+O in the plan editor: the Quick Outline pop-up over the editor's last symbols. */
public class QuickOutlineHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.allianceplanner.ui.quickOutline";

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor) {
			open(editor);
		}
		return null;
	}

	/** Opens the pop-up; choosing an element selects its name in the editor. */
	public static QuickOutlinePopup open(PlanEditor editor) {
		QuickOutlinePopup popup = new QuickOutlinePopup(editor.getSite().getShell(), editor.symbols(), symbol -> {
			IRegion region = Positions.toRegion(editor.document(), symbol.getSelectionRange());
			editor.selectAndReveal(region.getOffset(), region.getLength());
			editor.setFocus();
		});
		popup.open();
		return popup;
	}
}
