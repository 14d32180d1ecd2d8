package org.allianceplanner.ui.internal.outline;

import org.allianceplanner.dsl.ide.symbol.PlanSymbolDetailsProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.graphics.Image;

/**
 * Rows of the outline: the element's short name, then its title and kind in the decorations color
 * ({@code CounterAir  Operations to counter air attack : air defense}); groups show their heading and
 * how many elements they hold.
 */
public final class OutlineLabelProvider extends LabelProvider implements IStyledLabelProvider {

	private final OutlineContentProvider content;

	public OutlineLabelProvider(OutlineContentProvider content) {
		this.content = content;
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof DocumentSymbol symbol) {
			StyledString text = new StyledString(symbol.getName());
			String detail = detail(symbol);
			if (!detail.isEmpty()) {
				text.append("  " + detail, StyledString.DECORATIONS_STYLER);
			}
			return text;
		}
		if (element instanceof OutlineGroup group) {
			return new StyledString(group.label()).append(" (" + content.getChildren(group).length + ")",
					StyledString.COUNTER_STYLER);
		}
		return new StyledString(String.valueOf(element));
	}

	/** The title, then the kind after a colon, as the declaration reads. */
	static String detail(DocumentSymbol symbol) {
		String title = PlanSymbolDetailsProvider.titleOf(symbol.getDetail()).strip();
		String kind = PlanSymbolDetailsProvider.kindOf(symbol.getDetail());
		if (kind == null) {
			return title;
		}
		return title.isEmpty() ? ": " + kind : title + " : " + kind;
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof DocumentSymbol symbol) {
			return KindImages.of(symbol.getKind());
		}
		return element instanceof OutlineGroup ? KindImages.group() : null;
	}
}
