package org.allianceplanner.dsl.formatting2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.allianceplanner.model.plan.PlanModel;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

import com.google.inject.Inject;

/**
 * Formats plans: one clause per line, blocks indented by one tab, one space between words, none
 * before {@code , : )} or after {@code (}. Blank lines the author wrote between clauses are kept
 * (at most one); top-level declarations of a different kind, or with a block, get one.
 *
 * <p>Every token formats the whitespace before it, exactly once, so no two steps ever compete for
 * the same whitespace. Which tokens start a clause comes from the grammar ({@link ClauseStarts}).
 */
public class AllianceFormatter extends AbstractJavaFormatter {

	@Inject
	private ClauseStarts clauseStarts;

	protected void format(PlanModel model, IFormattableDocument doc) {
		formatTokens(model, doc);
		EObject previous = null;
		// In the order written: the containment lists (parties, plans, suppressions...) interleave in the text.
		List<EObject> children = new ArrayList<>(model.eContents());
		children.sort(Comparator.comparingInt(this::offset));
		for (EObject child : children) {
			formatTopLevel(child, previous, doc);
			formatElement(child, doc);
			previous = child;
		}
	}

	/** Every element below the root, recursively (not through the type dispatcher: one rule fits all). */
	private void formatElement(EObject element, IFormattableDocument doc) {
		formatTokens(element, doc);
		for (EObject child : element.eContents()) {
			formatElement(child, doc);
		}
	}

	/** The whitespace before each token the element itself owns (not its children's). */
	private void formatTokens(EObject element, IFormattableDocument doc) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
		if (region == null) {
			return;
		}
		ISemanticRegion open = null;
		for (ISemanticRegion token : region.getSemanticRegions()) {
			ISemanticRegion previous = token.getPreviousSemanticRegion();
			if (previous == null) {
				continue; // the file's first token: leave a header comment where it is
			}
			if (token == first(region) && element.eContainer() instanceof PlanModel) {
				continue; // a top-level declaration: see formatTopLevel
			}
			String text = token.getText();
			boolean keyword = token.getGrammarElement() instanceof Keyword;
			if (keyword && "{".equals(text)) {
				doc.prepend(token, it -> it.oneSpace());
				open = token;
			} else if (keyword && "}".equals(text)) {
				doc.prepend(token, it -> it.newLine());
				if (open != null) {
					doc.interior(open, token, it -> it.indent());
				}
			} else if (clauseStarts.isStart(token.getGrammarElement())) {
				formatClauseStart(token, previous, doc);
			} else if (keyword && (",".equals(text) || ":".equals(text) || ")".equals(text))) {
				doc.prepend(token, it -> it.noSpace());
			} else if ("(".equals(previous.getText())) {
				doc.prepend(token, it -> it.noSpace());
			} else {
				doc.prepend(token, it -> it.oneSpace());
			}
		}
	}

	private void formatClauseStart(ISemanticRegion token, ISemanticRegion previous, IFormattableDocument doc) {
		if ("{".equals(previous.getText())) {
			doc.prepend(token, it -> it.setNewLines(1));
		} else {
			doc.prepend(token, it -> it.setNewLines(1, 1, 2));
		}
	}

	/**
	 * A top-level declaration starts a new line; a blank line separates it from a declaration of
	 * another kind or with a block.
	 */
	private void formatTopLevel(EObject child, EObject previous, IFormattableDocument doc) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(child);
		if (region == null || region.getPreviousHiddenRegion() == null
				|| region.getPreviousHiddenRegion().getPreviousSemanticRegion() == null) {
			return;
		}
		boolean separate = previous == null || previous.eClass() != child.eClass() || hasBlock(child)
				|| hasBlock(previous);
		doc.prepend(child, it -> {
			if (separate) {
				it.setNewLines(2);
			} else {
				it.setNewLines(1, 1, 2);
			}
		});
	}

	private int offset(EObject element) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
		return region == null ? Integer.MAX_VALUE : region.getOffset();
	}

	private static ISemanticRegion first(IEObjectRegion region) {
		for (ISemanticRegion token : region.getSemanticRegions()) {
			return token;
		}
		return null;
	}

	private boolean hasBlock(EObject element) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
		return region != null && region.getRegionFor().keyword("{") != null;
	}
}
