package org.allianceplanner.ui.internal.outline;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Quick Outline (Ctrl+O): the outline in a pop-up over the editor, with the same icons and groups, and a
 * filter field that has the focus. Typing narrows the tree; Enter or a click goes to the first matching
 * (or selected) element and closes the pop-up; Esc closes it.
 */
public final class QuickOutlinePopup extends PopupDialog {

	private final OutlineTree tree;
	private final Consumer<DocumentSymbol> reveal;
	private final OutlineContentProvider content;
	private final OutlineFilter filter;
	private Text filterText;
	private TreeViewer viewer;

	public QuickOutlinePopup(Shell parent, List<DocumentSymbol> symbols, Consumer<DocumentSymbol> reveal) {
		super(parent, SWT.RESIZE, true, false, false, false, false, "",
				"Type a name (*, ?, CamelCase) or words of a title; Enter goes to it");
		this.tree = new OutlineTree(symbols, true);
		this.reveal = reveal;
		this.content = new OutlineContentProvider(() -> tree);
		this.filter = new OutlineFilter(content);
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		filterText = new Text(parent, SWT.SEARCH);
		filterText.setMessage("Filter elements");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		filterText.addModifyListener(event -> setFilterText(filterText.getText()));
		filterText.addListener(SWT.DefaultSelection, event -> goToSelection());
		filterText.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN) {
				viewer.getTree().setFocus();
			}
		});
		return filterText;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 360).applyTo(viewer.getControl());
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new OutlineLabelProvider(content)));
		viewer.setFilters(filter);
		viewer.setInput(tree);
		viewer.expandAll();
		viewer.getTree().addListener(SWT.DefaultSelection, event -> goToSelection());
		viewer.getTree().addListener(SWT.MouseUp, event -> {
			if (viewer.getTree().getItem(new Point(event.x, event.y)) != null) {
				goToSelection();
			}
		});
		return viewer.getControl();
	}

	@Override
	protected Control getFocusControl() {
		return filterText;
	}

	/** Narrows the tree and selects the first matching element. */
	public void setFilterText(String text) {
		filter.setText(text);
		if (!filterText.getText().equals(text)) {
			filterText.setText(text);
		}
		viewer.refresh();
		viewer.expandAll();
		DocumentSymbol first = firstMatch(viewer.getTree().getItems());
		if (first != null) {
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(first), true);
		}
	}

	private DocumentSymbol firstMatch(TreeItem[] items) {
		for (TreeItem item : items) {
			if (item.getData() instanceof DocumentSymbol symbol && filter.matches(symbol)) {
				return symbol;
			}
			DocumentSymbol inner = firstMatch(item.getItems());
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	/** The labels of the elements shown now, in tree order (groups included). */
	public List<String> shownLabels() {
		List<String> labels = new java.util.ArrayList<>();
		collect(viewer.getTree().getItems(), labels);
		return labels;
	}

	private static void collect(TreeItem[] items, List<String> labels) {
		for (TreeItem item : items) {
			labels.add(item.getText());
			collect(item.getItems(), labels);
		}
	}

	/** Goes to the selected element (Enter) and closes. */
	public void goToSelection() {
		if (viewer.getStructuredSelection().getFirstElement() instanceof DocumentSymbol symbol) {
			close();
			reveal.accept(symbol);
		}
	}
}
