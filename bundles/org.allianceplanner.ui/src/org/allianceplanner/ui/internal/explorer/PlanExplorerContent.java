package org.allianceplanner.ui.internal.explorer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.allianceplanner.ui.internal.lsp.FileUris;
import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.allianceplanner.ui.internal.lsp.Requests;
import org.allianceplanner.ui.internal.editor.Navigation;
import org.allianceplanner.ui.internal.outline.OutlineTree;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Control;

/**
 * The Project Explorer's content under plan files: the file's elements, grouped as in the outline. The
 * elements come from the language server (its document symbols) off the UI thread: a file shows its
 * elements once they have arrived, and again after each build of the file. Opening an element opens the
 * plan editor on its name.
 */
public class PlanExplorerContent implements ITreeContentProvider {

	private final Map<IFile, OutlineTree> trees = new ConcurrentHashMap<>();
	private final Map<IFile, Boolean> pending = new ConcurrentHashMap<>();
	private final Consumer<String> onPublish = this::published;
	private StructuredViewer viewer;
	private PlanLanguageServer server;

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		if (viewer == null && newViewer instanceof StructuredViewer structured) {
			viewer = structured;
			structured.addOpenListener(event -> {
				if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof PlanElementNode node
						&& node.element() instanceof DocumentSymbol symbol) {
					Navigation.open(FileUris.of(node.file()), symbol.getSelectionRange());
				}
			});
		}
	}

	private PlanLanguageServer server() {
		if (server == null) {
			server = PlanLanguageServer.get();
			server.addPublishListener(onPublish);
		}
		return server;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof IFile file && FileUris.isPlan(file)) {
			OutlineTree tree = trees.get(file);
			if (tree == null) {
				request(file);
				return new Object[0];
			}
			return nodes(file, tree, tree.roots());
		}
		if (parent instanceof PlanElementNode node) {
			return nodes(node.file(), node.tree(), node.tree().children(node.element()));
		}
		return new Object[0];
	}

	private static Object[] nodes(IFile file, OutlineTree tree, List<Object> elements) {
		return elements.stream().map(element -> new PlanElementNode(file, tree, element)).toArray();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof PlanElementNode node) {
			Object parent = node.tree().parent(node.element());
			return parent == null ? node.file() : new PlanElementNode(node.file(), node.tree(), parent);
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof IFile file) {
			OutlineTree tree = trees.get(file);
			return tree == null ? FileUris.isPlan(file) : !tree.roots().isEmpty();
		}
		return element instanceof PlanElementNode node && !node.tree().children(node.element()).isEmpty();
	}

	/** Asks the server for a file's symbols, once at a time; the viewer refreshes the file when they arrive. */
	private void request(IFile file) {
		String uri = FileUris.of(file);
		if (uri == null || pending.putIfAbsent(file, Boolean.TRUE) != null) {
			return;
		}
		PlanLanguageServer planServer = server();
		planServer.addProject(file.getProject());
		planServer.server().documentSymbol(new DocumentSymbolParams(Requests.document(uri))).whenComplete(
				(result, failure) -> {
					List<DocumentSymbol> symbols = result == null ? List.of()
							: result.stream().filter(Either::isRight).map(Either::getRight).toList();
					trees.put(file, new OutlineTree(symbols, true));
					pending.remove(file);
					refresh(file);
				});
	}

	private void published(String uri) {
		IFile file = FileUris.fileOf(uri);
		if (file != null && trees.remove(file) != null) {
			refresh(file);
		}
	}

	private void refresh(IFile file) {
		StructuredViewer current = viewer;
		Control control = current == null ? null : current.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed()) {
				current.refresh(file);
			}
		});
	}

	/** Whether a file's elements have arrived (for tests). */
	public boolean knows(IFile file) {
		return trees.containsKey(file);
	}

	@Override
	public void dispose() {
		if (server != null) {
			server.removePublishListener(onPublish);
		}
		trees.clear();
	}
}
