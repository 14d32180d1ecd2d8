package org.allianceplanner.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.allianceplanner.diagram.edit.PlanEdit;
import org.allianceplanner.diagram.glsp.AllianceDiagramModule;
import org.allianceplanner.diagram.glsp.DiagramHost;
import org.allianceplanner.diagram.render.DiagramFormat;
import org.allianceplanner.diagram.ui.DiagramEditorInput;
import org.allianceplanner.diagram.ui.internal.DocumentPlanTexts.RefusedEdit;
import org.allianceplanner.diagram.ui.internal.ElementRanges.Range;
import org.allianceplanner.diagram.ui.internal.PlanDrawing.Drawing;
import org.allianceplanner.model.io.AtomicFiles;
import org.allianceplanner.pipeline.PipelineException;
import org.allianceplanner.ui.PlanLanguage;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The diagram editor: one diagram of one plan file, drawn by the diagram core from the text of the plan's
 * document (the plan editor's, when it is open) and drawn again shortly after every change of that text. A click
 * on an element selects its text in the plan editor, a double-click opens the plan editor there, and the plan
 * editor's caret marks the element written around it. Diagram edits go into the document as one undoable change:
 * dirty state, save and undo are the document's, shared with the plan editor. Where the browser cannot start, a
 * read-only rendering stands in.
 */
public class DiagramEditor extends EditorPart {

	/** Milliseconds of quiet after a text change before the diagram is drawn again (typing comes in bursts). */
	public static final int REFRESH_DELAY = 80;
	/**
	 * The same wait when the GLSP client shows the diagram: its server redraws at once by itself, and the editor's
	 * own drawing (for the caret's and the selection's text ranges and for export) waits until typing pauses, so
	 * that it does not take the processor from the redraw the user is waiting for.
	 */
	public static final int BACKGROUND_REFRESH_DELAY = 400;

	private final DocumentPlanTexts texts = new DocumentPlanTexts();
	private final Map<ITextEditor, ISelectionChangedListener> caretListeners = new HashMap<>();
	private final Consumer<URI> textChanged = uri -> scheduleRefresh();
	private final Runnable refresh = this::refresh;
	private final ISchedulingRule drawingRule = new ISchedulingRule() {
		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}
	};

	private DiagramEditorInput diagramInput;
	private PlanDrawing drawing;
	private PlanDocument document;
	private DiagramSurface surface;
	private volatile Drawing current;
	private String drawnText;
	private long generation;
	private int shown;
	private boolean disposed;
	private IFileBufferListener bufferListener;
	private IPartListener2 partListener;
	private int pendingSelection = -1;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (input instanceof DiagramEditorInput diagram) {
			diagramInput = diagram;
		} else if (input instanceof IFileEditorInput fileInput) {
			// Open With > Diagram on a plan file: its first diagram that shows something
			diagramInput = new DiagramEditorInput(fileInput.getFile(), DiagramMenus.firstDiagram(fileInput.getFile()));
		} else {
			throw new PartInitException("The diagram editor opens plan files (*.alliance), not " + input.getName());
		}
		setSite(site);
		setInput(diagramInput);
		setPartName(diagramInput.getName());
		setTitleToolTip(diagramInput.getToolTipText());
		drawing = new PlanDrawing(warning -> {
			// description and layout-file warnings: shown by the command; the editor draws what it can
		});
	}

	@Override
	public void createPartControl(Composite parent) {
		surface = Surfaces.create(parent,
				() -> new AllianceDiagramModule(texts, new EditorHost(), PlanLanguage.injector()),
				diagramInput.file().getLocationURI(), diagramInput.diagram());
		surface.setSelectionListener(this::elementSelected);
		try {
			document = texts.document(DocumentPlanTexts.uri(diagramInput.file()));
		} catch (RefusedEdit e) {
			surface.show(new Drawing(diagramInput.diagram(), null, ElementRanges.EMPTY, e.getMessage()));
			return;
		}
		texts.addListener(textChanged);
		bufferListener = new DirtyListener();
		FileBuffers.getTextFileBufferManager().addFileBufferListener(bufferListener);
		IEditorSite site = getEditorSite();
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(),
				new UndoActionHandler(site, document.undoManager().getUndoContext()));
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(),
				new RedoActionHandler(site, document.undoManager().getUndoContext()));
		partListener = new PlanEditorTracker();
		IWorkbenchPage page = site.getPage();
		page.addPartListener(partListener);
		for (IEditorReference reference : page.getEditorReferences()) {
			track(reference.getEditor(false));
		}
		if (surface instanceof GlspSurface) {
			scheduleRefresh(); // the client's server draws first: the user waits for its drawing, not for this one
		} else {
			refresh();
		}
	}

	private void scheduleRefresh() {
		Display display = Display.getCurrent();
		if (display != null && !disposed) {
			// a later change restarts the wait
			display.timerExec(surface instanceof GlspSurface ? BACKGROUND_REFRESH_DELAY : REFRESH_DELAY, refresh);
		}
	}

	/** Draws the diagram again from the document's text now, off the UI thread; the newest drawing wins. */
	public void refresh() {
		if (disposed || document == null) {
			return;
		}
		String text = document.text();
		long mine = ++generation;
		Path file = diagramInput.file().getLocation().toFile().toPath();
		String name = diagramInput.diagram();
		Display display = Display.getCurrent();
		Job job = Job.create("Drawing " + diagramInput.getName(), monitor -> {
			Drawing result;
			try {
				result = drawing.draw(file, text, name);
			} catch (PipelineException | RuntimeException e) {
				result = new Drawing(name, null, ElementRanges.EMPTY, e.getMessage());
			}
			Drawing drawn = result;
			display.asyncExec(() -> {
				if (!disposed && mine == generation) {
					current = drawn;
					drawnText = text;
					surface.show(drawn);
					shown++;
					if (pendingSelection >= 0) {
						caretMoved(pendingSelection);
						pendingSelection = -1;
					}
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setRule(drawingRule);
		job.schedule();
	}

	/** A diagram element was clicked (or double-clicked: {@code open}). */
	private void elementSelected(String elementId, boolean open) {
		Drawing drawn = current;
		if (drawn == null) {
			return;
		}
		drawn.ranges().range(elementId).ifPresent(range -> reveal(range, open));
	}

	/** Selects the range in the plan editor; opens (and activates) the plan editor when asked to. */
	void reveal(Range range, boolean open) {
		ITextEditor editor = textEditor();
		if (editor == null && open) {
			try {
				IEditorPart opened = IDE.openEditor(getSite().getPage(), diagramInput.file(), true);
				editor = opened instanceof ITextEditor text ? text : opened.getAdapter(ITextEditor.class);
			} catch (PartInitException e) {
				return;
			}
		}
		if (editor != null) {
			editor.selectAndReveal(range.offset(), range.length());
			if (open) {
				getSite().getPage().activate(editor);
			}
		}
	}

	/** The plan editor open on this diagram's plan file, or null. */
	ITextEditor textEditor() {
		for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
			IEditorPart part = reference.getEditor(false);
			ITextEditor text = textEditorOnFile(part);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	private ITextEditor textEditorOnFile(IWorkbenchPart part) {
		if (part instanceof ITextEditor text && !(part instanceof DiagramEditor)
				&& diagramInput.file().equals(text.getEditorInput().getAdapter(IFile.class))) {
			return text;
		}
		return null;
	}

	private void track(IWorkbenchPart part) {
		ITextEditor editor = textEditorOnFile(part);
		if (editor == null || caretListeners.containsKey(editor)) {
			return;
		}
		ISelectionChangedListener listener = event -> {
			if (event.getSelection() instanceof ITextSelection selection) {
				caretMoved(selection.getOffset());
			}
		};
		ISelectionProvider provider = editor.getSelectionProvider();
		if (provider instanceof IPostSelectionProvider post) {
			post.addPostSelectionChangedListener(listener);
		} else if (provider != null) {
			provider.addSelectionChangedListener(listener);
		}
		caretListeners.put(editor, listener);
	}

	private void untrack(IWorkbenchPart part) {
		if (part instanceof ITextEditor editor) {
			ISelectionChangedListener listener = caretListeners.remove(editor);
			ISelectionProvider provider = editor.getSelectionProvider();
			if (listener != null && provider != null) {
				if (provider instanceof IPostSelectionProvider post) {
					post.removePostSelectionChangedListener(listener);
				}
				provider.removeSelectionChangedListener(listener);
			}
		}
	}

	/**
	 * Selects the element written around an offset of the plan's text (Open Diagram on an Outline element), as soon as
	 * the diagram is drawn.
	 */
	public void selectElementAt(int offset) {
		if (current == null) {
			pendingSelection = offset;
		} else {
			caretMoved(offset);
		}
	}

	/** The plan editor's caret moved: mark the element written around it. */
	void caretMoved(int offset) {
		Drawing drawn = current;
		if (drawn != null && surface != null) {
			String id = drawn.ranges().elementAt(offset).orElse(null);
			if (id != null && !id.equals(surface.highlighted())) {
				surface.highlight(id);
			}
		}
	}

	/**
	 * Applies a diagram edit computed on the text of the current drawing, as one undoable change of each
	 * document it touches; refused when the text changed since.
	 */
	public void apply(PlanEdit edit) throws RefusedEdit {
		URI uri = DocumentPlanTexts.uri(diagramInput.file());
		Map<URI, String> read = new HashMap<>();
		if (drawnText != null) {
			read.put(uri, drawnText);
		}
		texts.apply(edit, read);
	}

	/**
	 * Writes the diagram now shown as SVG or PNG (the core's renderer: the same file as {@code alliance
	 * diagram} writes), whole or not at all.
	 */
	public void export(DiagramFormat format, Path target) throws IOException {
		Drawing drawn = current;
		if (drawn == null || drawn.diagram() == null) {
			throw new IOException("There is no diagram to export"
					+ (drawn == null || drawn.problem() == null ? "" : ": " + drawn.problem()));
		}
		byte[] bytes = drawn.diagram().render(format);
		AtomicFiles.write(target, out -> out.write(bytes));
	}

	/** The drawing shown now, or null before the first one. */
	public Drawing current() {
		return current;
	}

	/** Whether the drawing shown now was drawn from {@code text}. */
	public boolean isDrawnFrom(String text) {
		return current != null && text.equals(drawnText);
	}

	/** How many drawings the surface has shown. */
	public int shownCount() {
		return shown;
	}

	public DiagramSurface surface() {
		return surface;
	}

	public PlanDocument document() {
		return document;
	}

	public DiagramEditorInput diagramInput() {
		return diagramInput;
	}

	@Override
	public boolean isDirty() {
		return document != null && document.isDirty();
	}

	/** Only when no plan editor stays open on the same text, which would ask itself. */
	@Override
	public boolean isSaveOnCloseNeeded() {
		return isDirty() && textEditor() == null;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			document.save(monitor);
		} catch (CoreException e) {
			org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), "Save",
					"Could not save " + diagramInput.file().getFullPath(), e.getStatus());
		}
	}

	@Override
	public void doSaveAs() {
		// the diagram is a view of the plan file: Save As belongs to the plan editor
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		if (surface != null && !surface.control().isDisposed()) {
			surface.control().setFocus();
		}
	}

	@Override
	public void dispose() {
		disposed = true;
		if (partListener != null) {
			getSite().getPage().removePartListener(partListener);
		}
		List.copyOf(caretListeners.keySet()).forEach(this::untrack);
		if (bufferListener != null) {
			FileBuffers.getTextFileBufferManager().removeFileBufferListener(bufferListener);
		}
		texts.removeListener(textChanged);
		texts.dispose();
		super.dispose();
	}

	/** The GLSP server's navigation: double-click opens the text, the diagram's selection selects it. */
	private final class EditorHost implements DiagramHost {
		@Override
		public void reveal(SourceRange range) {
			show(range, true);
		}

		@Override
		public void selectionChanged(List<SourceRange> selection) {
			if (selection.size() == 1) {
				show(selection.get(0), false);
			}
		}

		/** Ctrl+Z in the page: the document's undo, the one the text editor and the Edit menu make. */
		@Override
		public boolean undo() {
			return inDocument(true);
		}

		@Override
		public boolean redo() {
			return inDocument(false);
		}

		private boolean inDocument(boolean undo) {
			PlanDocument planDocument = document;
			if (planDocument == null) {
				return false;
			}
			Display.getDefault().asyncExec(() -> {
				IDocumentUndoManager manager = planDocument.undoManager();
				try {
					if (disposed) {
						return;
					}
					if (undo && manager.undoable()) {
						manager.undo();
					} else if (!undo && manager.redoable()) {
						manager.redo();
					}
				} catch (org.eclipse.core.commands.ExecutionException e) {
					org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), undo ? "Undo" : "Redo",
							"Could not " + (undo ? "undo" : "redo") + " in " + diagramInput.file().getFullPath(),
							Status.error(String.valueOf(e.getMessage()), e));
				}
			});
			return true;
		}

		private void show(SourceRange range, boolean open) {
			Display.getDefault().asyncExec(() -> {
				if (!disposed && DocumentPlanTexts.uri(diagramInput.file()).equals(range.file())
						&& (open || !caretWithin(range))) {
					DiagramEditor.this.reveal(new Range(range.offset(), range.length()), open);
				}
			});
		}
	}

	/**
	 * Whether the plan editor's caret is already in the element's text: the diagram selected it because the
	 * caret moved there, and selecting the whole element would take the caret from where the user typed.
	 */
	private boolean caretWithin(DiagramHost.SourceRange range) {
		ITextEditor editor = textEditor();
		if (editor != null && editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			return selection.getOffset() >= range.offset() && selection.getOffset() <= range.offset() + range.length();
		}
		return false;
	}

	/** Follows plan editors on this plan file as they open and close, for the caret. */
	private final class PlanEditorTracker implements IPartListener2 {
		@Override
		public void partOpened(IWorkbenchPartReference reference) {
			track(reference.getPart(false));
		}

		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			track(reference.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			untrack(reference.getPart(false));
		}
	}

	/** The buffer's dirty state is the editor's. */
	private final class DirtyListener implements IFileBufferListener {
		@Override
		public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
			IPath location = buffer.getLocation();
			if (location != null && location.equals(diagramInput.file().getFullPath())) {
				Display.getDefault().asyncExec(() -> {
					if (!disposed) {
						firePropertyChange(PROP_DIRTY);
					}
				});
			}
		}

		@Override
		public void bufferCreated(IFileBuffer buffer) {
		}

		@Override
		public void bufferDisposed(IFileBuffer buffer) {
		}

		@Override
		public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
		}

		@Override
		public void bufferContentReplaced(IFileBuffer buffer) {
		}

		@Override
		public void stateChanging(IFileBuffer buffer) {
		}

		@Override
		public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
		}

		@Override
		public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
		}

		@Override
		public void underlyingFileDeleted(IFileBuffer buffer) {
		}

		@Override
		public void stateChangeFailed(IFileBuffer buffer) {
		}
	}
}
