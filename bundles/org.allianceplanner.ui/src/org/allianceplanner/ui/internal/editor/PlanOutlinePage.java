package org.allianceplanner.ui.internal.editor;

import java.util.List;

import org.allianceplanner.ui.AlliancePlanner;
import org.allianceplanner.ui.internal.lsp.Positions;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.allianceplanner.ui.internal.outline.OutlineContentProvider;
import org.allianceplanner.ui.internal.outline.OutlineFilter;
import org.allianceplanner.ui.internal.outline.OutlineLabelProvider;
import org.allianceplanner.ui.internal.outline.OutlineSorter;
import org.allianceplanner.ui.internal.outline.OutlineTree;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The outline: the document's symbols from the language server (plans, readiness stages, tasks...)
 * with an icon per kind, grouped by kind ({@link OutlineTree}), sortable and filtered by the box on top,
 * linked with the editor both ways: selecting a symbol selects its name in the editor, moving the
 * caret selects the innermost symbol around it.
 */
public class PlanOutlinePage extends ContentOutlinePage {

	private final PlanEditor editor;
	private List<DocumentSymbol> symbols = List.of();
	private boolean grouped = true;
	private OutlineTree tree = new OutlineTree(List.of(), true);
	private final OutlineContentProvider content = new OutlineContentProvider(() -> tree);
	private final OutlineFilter filter = new OutlineFilter(content);
	private Composite container;
	private Text filterText;
	/** The viewer's input stays one object; refreshing it reuses the tree items of unchanged symbols. */
	private final Object root = new Object();
	private static final SymbolComparer COMPARER = new SymbolComparer();
	private boolean revealing;

	public PlanOutlinePage(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		container = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(container);
		filterText = new Text(container, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage("Filter elements (name, *, ?, CamelCase, or words of the title)");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		super.createControl(container);
		TreeViewer viewer = getTreeViewer();
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new OutlineLabelProvider(content)));
		viewer.setComparer(COMPARER);
		viewer.setFilters(filter);
		viewer.setUseHashlookup(true);
		viewer.setInput(root);
		viewer.expandToLevel(3);
		filterText.addModifyListener(event -> setFilterText(filterText.getText()));
		viewer.addSelectionChangedListener(event -> {
			if (!revealing && event.getStructuredSelection().getFirstElement() instanceof DocumentSymbol shown) {
				IRegion region = Positions.toRegion(editor.document(), current(shown).getSelectionRange());
				editor.selectAndReveal(region.getOffset(), region.getLength());
			}
		});
		contextMenu(viewer);
		IToolBarManager toolBar = getSite().getActionBars().getToolBarManager();
		toolBar.add(new OutlineToggle("Sort Alphabetically", "sort", false, this::setSorted));
		toolBar.add(new OutlineToggle("Group by Kind", "group", true, this::setGrouped));
		getSite().getActionBars().updateActionBars();
	}

	/** A context menu that other bundles fill (the diagrams: "Open Diagram"), on the outline's selection. */
	private void contextMenu(TreeViewer viewer) {
		MenuManager menu = new MenuManager(AlliancePlanner.OUTLINE_CONTEXT_MENU_ID, AlliancePlanner.OUTLINE_CONTEXT_MENU_ID);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(AlliancePlanner.OUTLINE_CONTEXT_MENU_ID, menu, viewer);
	}

	@Override
	public Control getControl() {
		return container;
	}

	/** Filters the tree as the filter box does. */
	public void setFilterText(String text) {
		filter.setText(text);
		if (filterText != null && !filterText.isDisposed() && !filterText.getText().equals(text)) {
			filterText.setText(text);
		}
		refreshTree();
		if (filter.isActive()) {
			getTreeViewer().expandAll();
		}
	}

	/** Alphabetical order (true) or the file's order (false). */
	public void setSorted(boolean sorted) {
		getTreeViewer().setComparator(sorted ? new OutlineSorter() : null);
	}

	/** Elements under a heading per kind, tasks per operation (true), or the plain nesting (false). */
	public void setGrouped(boolean on) {
		grouped = on;
		tree = new OutlineTree(symbols, grouped);
		refreshTree();
		getTreeViewer().expandToLevel(3);
	}

	/** The outline's tree viewer (for tests). */
	public TreeViewer viewer() {
		return getTreeViewer();
	}

	/** The tree shown now (for tests and the Quick Outline). */
	public OutlineTree tree() {
		return tree;
	}

	private void refreshTree() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		revealing = true;
		try {
			viewer.refresh();
		} finally {
			revealing = false;
		}
	}

	/** Shows new symbols, keeping the selection on the symbol of the same name where possible. */
	public void setSymbols(List<DocumentSymbol> newSymbols) {
		boolean sameShape = shape(symbols).equals(shape(newSymbols));
		boolean first = symbols.isEmpty() && !newSymbols.isEmpty();
		symbols = newSymbols;
		tree = new OutlineTree(newSymbols, grouped);
		if (sameShape && getTreeViewer() != null) {
			return; // typing inside an element: the tree stays, selections look symbols up anew
		}
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		refreshTree();
		if (first) {
			viewer.expandToLevel(3); // the groups, their elements and the groups inside plans
		}
	}

	private static String shape(List<DocumentSymbol> list) {
		StringBuilder out = new StringBuilder();
		for (DocumentSymbol symbol : list) {
			out.append(symbol.getName()).append('/').append(symbol.getKind()).append('/').append(symbol.getDetail())
					.append('(');
			if (symbol.getChildren() != null) {
				out.append(shape(symbol.getChildren()));
			}
			out.append(')');
		}
		return out.toString();
	}

	/** The symbol of the last build that a (possibly older) tree element stands for. */
	private DocumentSymbol current(DocumentSymbol shown) {
		DocumentSymbol found = find(symbols, shown);
		return found == null ? shown : found;
	}

	private static DocumentSymbol find(List<DocumentSymbol> list, DocumentSymbol wanted) {
		for (DocumentSymbol symbol : list) {
			if (symbol.getName().equals(wanted.getName()) && symbol.getKind() == wanted.getKind()) {
				return symbol;
			}
			DocumentSymbol inner = symbol.getChildren() == null ? null : find(symbol.getChildren(), wanted);
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	public List<DocumentSymbol> symbols() {
		return symbols;
	}

	/** Selects the innermost symbol containing an offset of the editor's document. */
	public void revealOffset(int offset) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		DocumentSymbol innermost = innermost(editor.document(), symbols, offset);
		if (innermost == null) {
			return;
		}
		IStructuredSelection current = viewer.getStructuredSelection();
		if (current.getFirstElement() instanceof DocumentSymbol selected && COMPARER.equals(selected, innermost)) {
			return; // still in the same element: nothing to select or reveal
		}
		revealing = true;
		try {
			viewer.setSelection(new StructuredSelection(innermost), true);
		} finally {
			revealing = false;
		}
	}

	static DocumentSymbol innermost(IDocument document, List<DocumentSymbol> symbols, int offset) {
		for (DocumentSymbol symbol : symbols) {
			IRegion region = Positions.toRegion(document, symbol.getRange());
			if (region.getOffset() <= offset && offset <= region.getOffset() + region.getLength()) {
				DocumentSymbol inner = symbol.getChildren() == null ? null
						: innermost(document, symbol.getChildren(), offset);
				return inner != null ? inner : symbol;
			}
		}
		return null;
	}

	@Override
	public void dispose() {
		editor.outlineClosed();
		super.dispose();
	}

	/** Symbols are the same element when their name and kind are: new builds bring new objects. */
	private static final class SymbolComparer implements org.eclipse.jface.viewers.IElementComparer {
		@Override
		public boolean equals(Object a, Object b) {
			if (a instanceof DocumentSymbol x && b instanceof DocumentSymbol y) {
				return x.getName().equals(y.getName()) && x.getKind() == y.getKind();
			}
			return a.equals(b);
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof DocumentSymbol s ? s.getName().hashCode() : element.hashCode();
		}
	}

	/** A toggle button of the outline's tool bar. */
	private static final class OutlineToggle extends Action {
		private final java.util.function.Consumer<Boolean> onChange;

		OutlineToggle(String text, String icon, boolean checked, java.util.function.Consumer<Boolean> onChange) {
			super(text, IAction.AS_CHECK_BOX);
			this.onChange = onChange;
			setToolTipText(text);
			setChecked(checked);
			setImageDescriptor(ResourceLocator
					.imageDescriptorFromBundle(PlanOutlinePage.class, "icons/outline/" + icon + ".png").orElse(null));
		}

		@Override
		public void run() {
			onChange.accept(isChecked());
		}
	}
}
