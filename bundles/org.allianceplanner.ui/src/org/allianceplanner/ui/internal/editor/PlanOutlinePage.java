package org.allianceplanner.ui.internal.editor;

import java.util.List;

import org.allianceplanner.ui.internal.lsp.Positions;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The outline: the document's symbols from the language server (plans, readiness stages, tasks...),
 * linked with the editor both ways: selecting a symbol selects its name in the editor, moving the
 * caret selects the innermost symbol around it.
 */
public class PlanOutlinePage extends ContentOutlinePage {

	private final PlanEditor editor;
	private List<DocumentSymbol> symbols = List.of();
	/** The viewer's input stays one object; refreshing it reuses the tree items of unchanged symbols. */
	private final Object root = new Object();
	private static final SymbolComparer COMPARER = new SymbolComparer();
	private boolean revealing;

	public PlanOutlinePage(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new SymbolContent());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				DocumentSymbol symbol = (DocumentSymbol) element;
				return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName()
						: symbol.getName() + " : " + symbol.getDetail();
			}
		});
		viewer.setComparer(COMPARER);
		viewer.setInput(root);
		viewer.expandToLevel(2);
		viewer.addSelectionChangedListener(event -> {
			if (!revealing && event.getStructuredSelection().getFirstElement() instanceof DocumentSymbol shown) {
				IRegion region = Positions.toRegion(editor.document(), current(shown).getSelectionRange());
				editor.selectAndReveal(region.getOffset(), region.getLength());
			}
		});
	}

	/** Shows new symbols, keeping the selection on the symbol of the same name where possible. */
	public void setSymbols(List<DocumentSymbol> newSymbols) {
		boolean sameShape = shape(symbols).equals(shape(newSymbols));
		symbols = newSymbols;
		if (sameShape && getTreeViewer() != null) {
			return; // typing inside an element: the tree stays, selections look symbols up anew
		}
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

	private static String shape(List<DocumentSymbol> list) {
		StringBuilder out = new StringBuilder();
		for (DocumentSymbol symbol : list) {
			out.append(symbol.getName()).append('/').append(symbol.getKind()).append('(');
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
			return a == b;
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof DocumentSymbol s ? s.getName().hashCode() : System.identityHashCode(element);
		}
	}

	private final class SymbolContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return symbols.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
			return children == null ? new Object[0] : children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
			return children != null && !children.isEmpty();
		}
	}
}
