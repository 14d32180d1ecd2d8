package org.allianceplanner.ui.internal.editor;

import java.util.List;
import java.util.function.Consumer;

import org.allianceplanner.ui.internal.lsp.DocumentConnection;
import org.allianceplanner.ui.internal.lsp.Requests;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The plan editor: Eclipse's text editor, driven by the plan language server. The document goes to
 * the server as the user types; after each build the server publishes diagnostics (markers, shown
 * as annotations) and the editor refreshes its outline, folding and declared-name highlighting
 * from the document's symbols. Requests run on the server's threads; the UI thread only applies
 * results.
 */
public class PlanEditor extends TextEditor {

	public static final String CONTEXT_ID = "org.allianceplanner.ui.editorScope";

	private DocumentConnection connection;
	private PlanOutlinePage outline;
	private FoldingUpdater folding;
	private DeclarationHighlighter declarations;
	private OccurrencesUpdater occurrences;
	private volatile List<DocumentSymbol> symbols = List.of();
	private final Consumer<String> onPublish = this::published;
	private final ISelectionChangedListener caretListener = event -> caretMoved();

	public PlanEditor() {
		setSourceViewerConfiguration(new PlanSourceViewerConfiguration(this));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT_ID });
	}

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setEditorContextMenuId("#PlanEditorContext");
	}

	@Override
	protected void createActions() {
		super.createActions();
		setAction(ITextEditorActionConstants.CONTENT_ASSIST, AssistActions.contentAssist(this));
		markAsStateDependentAction(ITextEditorActionConstants.CONTENT_ASSIST, true);
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
				styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		ProjectionSupport projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		folding = new FoldingUpdater(viewer);
		declarations = new DeclarationHighlighter(viewer);
		occurrences = new OccurrencesUpdater(this);
		((IPostSelectionProvider) getSelectionProvider()).addPostSelectionChangedListener(caretListener);
		connect();
	}

	@Override
	protected void doSetInput(IEditorInput input) throws org.eclipse.core.runtime.CoreException {
		disconnect();
		super.doSetInput(input);
		if (getSourceViewer() != null) {
			connect();
		}
	}

	private void connect() {
		IFile file = getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		if (file == null || document == null) {
			return; // a plan outside the workspace: text editing only
		}
		connection = DocumentConnection.connect(file, document);
		connection.server().addPublishListener(onPublish);
		refreshSymbols();
	}

	private void disconnect() {
		if (connection != null) {
			connection.server().removePublishListener(onPublish);
			connection.disconnect();
			connection = null;
		}
	}

	@Override
	public void dispose() {
		disconnect();
		if (occurrences != null) {
			occurrences.dispose();
		}
		super.dispose();
	}

	/** Called on the server's thread after a build published this document's diagnostics. */
	private void published(String uri) {
		DocumentConnection current = connection;
		if (current != null && uri.equals(current.uri())) {
			refreshSymbols();
		}
	}

	private void refreshSymbols() {
		DocumentConnection current = connection;
		if (current == null) {
			return;
		}
		int version = current.version();
		current.server().server().documentSymbol(new DocumentSymbolParams(Requests.document(current.uri())))
				.thenAccept(result -> {
					List<DocumentSymbol> tree = result.stream().filter(Either::isRight).map(Either::getRight)
							.toList();
					symbols = tree;
					Display display = Display.getDefault();
					display.asyncExec(() -> {
						// Symbols of an older text would move every fold after the edit: wait for the next build.
						if (connection == current && current.version() == version) {
							applySymbols(tree);
						}
					});
				});
	}

	private void applySymbols(List<DocumentSymbol> tree) {
		ISourceViewer viewer = getSourceViewer();
		if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		folding.update(tree);
		declarations.update(tree);
		if (outline != null) {
			outline.setSymbols(tree);
		}
	}

	private void caretMoved() {
		if (getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			if (outline != null) {
				outline.revealOffset(selection.getOffset());
			}
			occurrences.caretMoved(selection.getOffset());
		}
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (IContentOutlinePage.class.equals(type)) {
			if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
				outline = new PlanOutlinePage(this);
				outline.setSymbols(symbols);
			}
			return type.cast(outline);
		}
		return super.getAdapter(type);
	}

	/** The connection to the language server, or null for a plan outside the workspace. */
	public DocumentConnection connection() {
		return connection;
	}

	/** The document's symbols from the last build. */
	public List<DocumentSymbol> symbols() {
		return symbols;
	}

	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	public IDocument document() {
		return getDocumentProvider().getDocument(getEditorInput());
	}

	/** Folding regions now in the editor. */
	public int foldingRegionCount() {
		return FoldingUpdater.count((ProjectionViewer) getSourceViewer());
	}

	/** Occurrence annotations now shown. */
	public int occurrenceCount() {
		return occurrences.count();
	}

	/** Declared names shown bold (semantic highlighting). */
	public int declaredNameCount() {
		return declarations.names().size();
	}

	/** The outline page if the Outline view shows it. */
	public PlanOutlinePage outlinePage() {
		return outline;
	}

	void outlineClosed() {
		outline = null;
	}
}
