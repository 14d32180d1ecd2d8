package org.allianceplanner.ui.internal.editor;

import org.allianceplanner.ui.internal.Activator;
import org.allianceplanner.ui.internal.lsp.WorkspaceEdits;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** A quick fix from a rule's fix: applies the server's edit (to the editor's document when the file is open). */
final class DiagnosticFixProposal implements ICompletionProposal {

	private final CodeAction action;
	private final String rule;

	DiagnosticFixProposal(CodeAction action, String rule) {
		this.action = action;
		this.rule = rule;
	}

	@Override
	public void apply(IDocument document) {
		try {
			WorkspaceEdits.apply(action.getEdit());
		} catch (CoreException | BadLocationException e) {
			Activator.log("Cannot apply the quick fix '" + action.getTitle() + "'", e);
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return action.getTitle() + (rule == null ? "." : ", as rule " + rule + " suggests.");
	}

	@Override
	public String getDisplayString() {
		return action.getTitle();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
