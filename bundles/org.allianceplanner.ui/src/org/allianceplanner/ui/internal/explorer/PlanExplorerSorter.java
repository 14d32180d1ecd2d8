package org.allianceplanner.ui.internal.explorer;

import org.allianceplanner.ui.internal.outline.OutlineGroup;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * Keeps plan elements in the Project Explorer in the outline's order (groups in their fixed order, elements
 * as in the file) instead of the explorer's alphabetical one.
 */
public class PlanExplorerSorter extends ViewerComparator {

	@Override
	public int compare(Viewer viewer, Object a, Object b) {
		if (a instanceof PlanElementNode x && b instanceof PlanElementNode y
				&& x.element() instanceof OutlineGroup g && y.element() instanceof OutlineGroup h) {
			return Integer.compare(g.order(), h.order());
		}
		return 0; // a stable sort: the order the content gives
	}
}
