package org.allianceplanner.ui.internal.outline;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.lsp4j.DocumentSymbol;

/**
 * Alphabetical order for the outline's "Sort" button: elements by name (ignoring case), groups in their
 * fixed order before elements. Without it the outline follows the file.
 */
public final class OutlineSorter extends ViewerComparator {

	@Override
	public int category(Object element) {
		return element instanceof OutlineGroup ? 0 : 1;
	}

	@Override
	public int compare(Viewer viewer, Object a, Object b) {
		if (a instanceof OutlineGroup x && b instanceof OutlineGroup y) {
			return Integer.compare(x.order(), y.order());
		}
		if (a instanceof DocumentSymbol x && b instanceof DocumentSymbol y) {
			int byName = x.getName().compareToIgnoreCase(y.getName());
			return byName != 0 ? byName : x.getName().compareTo(y.getName());
		}
		return Integer.compare(category(a), category(b));
	}
}
