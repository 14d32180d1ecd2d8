package org.allianceplanner.dsl.ide.contentassist;

import java.util.List;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * Xtext's content assist contexts, also inside a phrase begun but not finished ({@code task T: rear ar}): Xtext
 * finds no context there, because the words typed so far are no complete value. Then the contexts are those
 * where the phrase starts, with everything typed since as the prefix, so that the phrases that continue it
 * ({@link PhraseProposals}) are proposed and replace it.
 */
public class PhraseContextFactory extends ContentAssistContextFactory {

	@Override
	public ContentAssistContext[] create(String text, ITextRegion selection, int offset, XtextResource resource) {
		ContentAssistContext[] contexts = super.create(text, selection, offset, resource);
		if (contexts.length > 0) {
			return contexts;
		}
		List<Integer> wordStarts = PhraseProposals.wordStartsBefore(text, offset);
		for (int i = 0; i < wordStarts.size(); i++) {
			int start = wordStarts.get(i);
			ContentAssistContext[] atStart = super.create(text, new TextRegion(start, 0), start, resource);
			if (atStart.length > 0) {
				ContentAssistContext[] continued = new ContentAssistContext[atStart.length];
				for (int c = 0; c < atStart.length; c++) {
					continued[c] = atStart[c].copy().setPrefix(text.substring(start, offset)).setOffset(offset)
							.setReplaceRegion(new TextRegion(start, offset - start)).toContext();
				}
				return continued;
			}
		}
		return contexts;
	}
}
