package org.allianceplanner.ui.internal.editor;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.allianceplanner.model.guidelines.GuidelinesElement;
import org.allianceplanner.ui.AlliancePlanner;
import org.allianceplanner.ui.internal.Activator;
import org.allianceplanner.ui.internal.lsp.DocumentConnection;
import org.allianceplanner.ui.internal.lsp.FileUris;
import org.allianceplanner.ui.internal.lsp.Positions;
import org.allianceplanner.ui.internal.lsp.Requests;
import org.allianceplanner.ui.internal.views.GuidelinesBrowserView;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;

/**
 * Going to declarations: a plan element opens in its editor with its name selected; a Guidelines
 * clause opens in the Guidelines browser (the built-in library is read-only and has no file).
 */
public final class Navigation {

	private Navigation() {
	}

	/** The name or clause identifier around an offset, or null outside one. */
	public static IRegion referenceAt(IDocument document, int offset) {
		try {
			int start = offset;
			while (start > 0 && isNamePart(document.getChar(start - 1))) {
				start--;
			}
			int end = offset;
			while (end < document.getLength() && isNamePart(document.getChar(end))) {
				end++;
			}
			return end > start ? new Region(start, end - start) : null;
		} catch (BadLocationException e) {
			return null;
		}
	}

	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '(' || c == ')';
	}

	/** Opens the declaration of what is at the offset; the server is asked off the UI thread. */
	public static CompletableFuture<Void> openDeclaration(PlanEditor editor, int offset) {
		DocumentConnection connection = editor.connection();
		if (connection == null) {
			return CompletableFuture.completedFuture(null);
		}
		Position position = Requests.position(editor.document(), offset);
		Display display = Display.getCurrent();
		return guidelinesElementAt(connection, position).thenCompose(clause -> {
			if (clause != null) {
				display.asyncExec(() -> GuidelinesBrowserView.show(clause));
				return CompletableFuture.completedFuture(null);
			}
			return connection.server().server()
					.definition(new DefinitionParams(Requests.document(connection.uri()), position))
					.thenAccept(answer -> {
						List<? extends Location> locations = answer == null || !answer.isLeft() ? List.of()
								: answer.getLeft();
						if (!locations.isEmpty()) {
							Location target = locations.get(0);
							display.asyncExec(() -> open(target.getUri(), target.getRange()));
						}
					});
		});
	}

	/** The name of the Guidelines element referenced at a position, or null. */
	static CompletableFuture<String> guidelinesElementAt(DocumentConnection connection, Position position) {
		EObjectAtOffsetHelper helper = connection.server().languageInjector().getInstance(EObjectAtOffsetHelper.class);
		return connection.server().server().access().doRead(connection.uri(), context -> {
			int offset = context.getDocument().getOffSet(position);
			EObject target = helper.resolveCrossReferencedElementAt((org.eclipse.xtext.resource.XtextResource) context.getResource(), offset);
			return target instanceof GuidelinesElement clause ? clause.getName() : null;
		});
	}

	/** Opens a plan file in the plan editor and selects a range; on the UI thread. */
	public static IEditorPart open(String uri, Range range) {
		IFile file = FileUris.fileOf(uri);
		if (file == null) {
			return null;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IEditorPart part = IDE.openEditor(page, file, AlliancePlanner.EDITOR_ID, true);
			if (part instanceof PlanEditor planEditor && range != null) {
				IRegion region = Positions.toRegion(planEditor.document(), range);
				planEditor.selectAndReveal(region.getOffset(), region.getLength());
			}
			return part;
		} catch (PartInitException e) {
			Activator.log("Cannot open " + file.getFullPath(), e);
			return null;
		}
	}
}
