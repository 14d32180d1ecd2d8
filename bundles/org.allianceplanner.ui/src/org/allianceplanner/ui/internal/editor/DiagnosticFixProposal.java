package org.allianceplanner.ui.internal.editor;

import org.allianceplanner.ui.internal.Activator;
import org.allianceplanner.ui.internal.lsp.MarkerFixes;
import org.allianceplanner.ui.internal.lsp.WorkspaceEdits;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** A quick fix in the Ctrl+1 list: applies the fix's edit (to the editor's document when the file is open). */
final class DiagnosticFixProposal implements ICompletionProposal {

	private final MarkerFixes.Fix fix;

	DiagnosticFixProposal(MarkerFixes.Fix fix) {
		this.fix = fix;
	}

	@Override
	public void apply(IDocument document) {
		try {
			WorkspaceEdits.apply(fix.edit());
		} catch (CoreException | BadLocationException e) {
			Activator.log("Cannot apply the quick fix '" + fix.label() + "'", e);
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return fix.description();
	}

	@Override
	public String getDisplayString() {
		return fix.label();
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
