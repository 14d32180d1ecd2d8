package org.allianceplanner.ui.internal.explorer;

import org.allianceplanner.ui.internal.outline.OutlineContentProvider;
import org.allianceplanner.ui.internal.outline.OutlineLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;

/** Labels of plan elements in the Project Explorer: as in the outline (icon, short name, title, kind). */
public class PlanExplorerLabels extends LabelProvider implements IStyledLabelProvider {

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof PlanElementNode node) {
			return outline(node).getStyledText(node.element());
		}
		return new StyledString(String.valueOf(element));
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public Image getImage(Object element) {
		return element instanceof PlanElementNode node ? outline(node).getImage(node.element()) : null;
	}

	private static OutlineLabelProvider outline(PlanElementNode node) {
		return new OutlineLabelProvider(new OutlineContentProvider(node::tree));
	}
}
