package org.allianceplanner.diagram.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.allianceplanner.diagram.edit.PlanEdit;
import org.allianceplanner.diagram.edit.TextEdit;
import org.allianceplanner.diagram.glsp.PlanTextException;
import org.allianceplanner.diagram.glsp.PlanTexts;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;

/**
 * The plans' texts as the workbench holds them, for a diagram server: reads the current text of a plan's
 * document, applies a diagram edit to the documents as one undoable change each (refused when a text changed
 * since the edit was computed) and tells listeners when a plan's text changes, whoever changed it. The plan
 * files' documents are the shared file buffers (see {@link PlanDocument}). Any thread; the documents are touched
 * on the UI thread.
 */
public final class DocumentPlanTexts implements PlanTexts {

	private final Map<URI, PlanDocument> documents = new LinkedHashMap<>();
	private final Map<URI, IDocumentListener> watchers = new LinkedHashMap<>();
	private final List<Consumer<URI>> listeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<URI>> serverListeners = new CopyOnWriteArrayList<>();
	/**
	 * Tells the diagram server about changes, in order, off the UI thread: the server reads the text back on
	 * the UI thread while it holds its own lock, so calling it from a document change on the UI thread (an undo,
	 * a keystroke) would deadlock.
	 */
	private final ExecutorService notifier = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Diagram text changes");
		thread.setDaemon(true);
		return thread;
	});

	/** A diagram edit that was not applied, with the reason for the plan author. */
	public static final class RefusedEdit extends PlanTextException {
		private static final long serialVersionUID = 1L;

		public RefusedEdit(String message) {
			super(message);
		}
	}

	@Override
	public String read(URI plan) throws RefusedEdit {
		return text(plan);
	}

	@Override
	public AutoCloseable onChange(Consumer<URI> listener) {
		serverListeners.add(listener);
		return () -> serverListeners.remove(listener);
	}

	/** The current text of the plan file {@code uri} ({@code file:} URI of a workspace file). */
	public String text(URI uri) throws RefusedEdit {
		String[] text = new String[1];
		RefusedEdit[] failure = new RefusedEdit[1];
		ui(() -> {
			try {
				text[0] = document(uri).text();
			} catch (RefusedEdit e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
		return text[0];
	}

	/**
	 * Applies the edit to each file it changes, as one undoable change per document.
	 *
	 * @param read the text of each file the edit was computed on; a file whose text differs now is not touched
	 *             and the edit is refused
	 */
	@Override
	public void apply(PlanEdit edit, Map<URI, String> read) throws RefusedEdit {
		RefusedEdit[] failure = new RefusedEdit[1];
		ui(() -> {
			try {
				Map<PlanDocument, List<TextEdit>> changes = new LinkedHashMap<>();
				for (Map.Entry<URI, List<TextEdit>> entry : edit.edits().entrySet()) {
					PlanDocument document = document(entry.getKey());
					String expected = read.get(entry.getKey());
					if (expected != null && !expected.equals(document.text())) {
						throw new RefusedEdit(edit.label() + ": refused, " + document.file().getFullPath()
								+ " changed since the diagram was drawn; try again on the refreshed diagram");
					}
					changes.put(document, entry.getValue());
				}
				for (Map.Entry<PlanDocument, List<TextEdit>> change : changes.entrySet()) {
					change.getKey().apply(change.getValue());
				}
			} catch (RefusedEdit e) {
				failure[0] = e;
			} catch (BadLocationException e) {
				failure[0] = new RefusedEdit(edit.label() + ": refused, an edit lies outside the text ("
						+ e.getMessage() + ")");
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
	}

	/**
	 * Called with a plan's URI, on the UI thread, after each change of its text. (The diagram server's
	 * {@link #onChange} listeners are called on a thread of their own.)
	 */
	public void addListener(Consumer<URI> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<URI> listener) {
		listeners.remove(listener);
	}

	/** Connects the document of {@code uri} now (the diagram's own plan, so changes are heard from the start). */
	public PlanDocument document(URI uri) throws RefusedEdit {
		PlanDocument known = documents.get(uri);
		if (known != null) {
			return known;
		}
		IFile file = file(uri);
		try {
			PlanDocument document = PlanDocument.connect(file);
			IDocumentListener watcher = new IDocumentListener() {
				@Override
				public void documentAboutToBeChanged(DocumentEvent event) {
					// only the change itself matters
				}

				@Override
				public void documentChanged(DocumentEvent event) {
					listeners.forEach(l -> l.accept(uri));
					if (!serverListeners.isEmpty() && !notifier.isShutdown()) {
						notifier.execute(() -> serverListeners.forEach(l -> l.accept(uri)));
					}
				}
			};
			document.document().addDocumentListener(watcher);
			documents.put(uri, document);
			watchers.put(uri, watcher);
			return document;
		} catch (CoreException e) {
			throw new RefusedEdit(file.getFullPath() + ": cannot open its text: " + e.getMessage());
		}
	}

	/** Disconnects every document this connected. */
	public void dispose() {
		notifier.shutdown();
		ui(() -> {
			documents.forEach((uri, document) -> {
				document.document().removeDocumentListener(watchers.get(uri));
				document.disconnect();
			});
			documents.clear();
			watchers.clear();
		});
	}

	/** The workspace file of a {@code file:} URI. */
	public static IFile file(URI uri) throws RefusedEdit {
		if (uri == null || !uri.isFile()) {
			throw new RefusedEdit("not a plan file: " + uri);
		}
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
				.findFilesForLocationURI(java.net.URI.create(uri.toString()));
		for (IFile file : files) {
			if (file.exists()) {
				return file;
			}
		}
		throw new RefusedEdit(uri.toFileString() + " is not a file of the workspace");
	}

	/** The {@code file:} URI of a workspace file, as the diagram server and the edit operations name it. */
	public static URI uri(IFile file) {
		return URI.createFileURI(file.getLocation().toFile().getAbsolutePath());
	}

	private static void ui(Runnable runnable) {
		Display display = Display.getDefault();
		if (display.getThread() == Thread.currentThread()) {
			runnable.run();
		} else {
			display.syncExec(runnable);
		}
	}
}
