package org.allianceplanner.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.ui.internal.lsp.DocumentConnection;
import org.allianceplanner.ui.internal.lsp.Positions;
import org.allianceplanner.ui.internal.lsp.Requests;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Content assist from the language server's completion service: keywords, names of plan elements
 * (cross references) and Guidelines clause identifiers. Each proposal replaces what the server says
 * it replaces (the prefix typed so far).
 */
public class PlanCompletionProcessor implements IContentAssistProcessor {

	private static final long WAIT_MILLIS = 3000;

	private final PlanEditor editor;

	public PlanCompletionProcessor(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		DocumentConnection connection = editor.connection();
		if (connection == null) {
			return new ICompletionProposal[0];
		}
		IDocument document = viewer.getDocument();
		CompletionParams params = new CompletionParams(Requests.document(connection.uri()),
				Requests.position(document, offset));
		Either<List<CompletionItem>, CompletionList> answer = Requests
				.await(connection.server().server().completion(params), WAIT_MILLIS);
		if (answer == null) {
			return new ICompletionProposal[0];
		}
		List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (CompletionItem item : items) {
			proposals.add(toProposal(document, offset, item));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	static ICompletionProposal toProposal(IDocument document, int offset, CompletionItem item) {
		String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		int start = offset;
		int length = 0;
		if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
			TextEdit edit = item.getTextEdit().getLeft();
			IRegion region = Positions.toRegion(document, edit.getRange());
			text = edit.getNewText();
			start = region.getOffset();
			length = Math.max(region.getLength(), offset - start);
		}
		String display = item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel()
				: item.getLabel() + " - " + item.getDetail();
		return new CompletionProposal(text, start, length, text.length(), null, display, null,
				documentation(item));
	}

	private static String documentation(CompletionItem item) {
		if (item.getDocumentation() == null) {
			return null;
		}
		return item.getDocumentation().isLeft() ? item.getDocumentation().getLeft()
				: item.getDocumentation().getRight().getValue();
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
