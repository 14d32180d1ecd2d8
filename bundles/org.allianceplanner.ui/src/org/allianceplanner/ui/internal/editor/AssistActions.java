package org.allianceplanner.ui.internal.editor;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;

import org.eclipse.jface.action.IAction;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

/**
 * Content Assist as an editor action bound to the platform's command (Ctrl+Space), so that the command works in
 * the plan editor and appears in the Edit menu and the editor's context menu (plugin.xml), as in other editors.
 */
final class AssistActions {

	private static final ResourceBundle LABELS = new ListResourceBundle() {
		@Override
		protected Object[][] getContents() {
			return new Object[][] { { "ContentAssistProposal.label", "Content &Assist" },
					{ "ContentAssistProposal.tooltip", "Content Assist" },
					{ "ContentAssistProposal.description", "What may be written at the caret" } };
		}
	};

	private AssistActions() {
	}

	static IAction contentAssist(ITextEditor editor) {
		ContentAssistAction action = new ContentAssistAction(LABELS, "ContentAssistProposal.", editor);
		action.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		return action;
	}
}
