package org.allianceplanner.ui.internal.outline;

import org.allianceplanner.dsl.ide.symbol.PlanSymbolDetailsProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.ui.dialogs.SearchPattern;

/**
 * The outline's filter box: an element stays when its name matches the pattern as in Open Type
 * (prefix, camel case, {@code *} and {@code ?}) or its title contains the text; groups and elements
 * stay when something inside them does, so a match is always shown where it is.
 */
public final class OutlineFilter extends ViewerFilter {

	private final ITreeContentProvider content;
	private SearchPattern pattern;
	private String text = "";

	public OutlineFilter(ITreeContentProvider content) {
		this.content = content;
	}

	/** Sets the text to match; empty shows everything. */
	public void setText(String newText) {
		text = newText == null ? "" : newText.strip();
		if (text.isEmpty()) {
			pattern = null;
		} else {
			pattern = new SearchPattern();
			pattern.setPattern(text);
		}
	}

	public boolean isActive() {
		return pattern != null;
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return pattern == null || matchesWithin(element);
	}

	private boolean matchesWithin(Object element) {
		if (element instanceof DocumentSymbol symbol && matches(symbol)) {
			return true;
		}
		for (Object child : content.getChildren(element)) {
			if (matchesWithin(child)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a symbol itself matches the current text. */
	public boolean matches(DocumentSymbol symbol) {
		if (pattern == null) {
			return true;
		}
		return pattern.matches(symbol.getName()) || PlanSymbolDetailsProvider.titleOf(symbol.getDetail())
				.toLowerCase(java.util.Locale.ROOT).contains(text.toLowerCase(java.util.Locale.ROOT));
	}
}
